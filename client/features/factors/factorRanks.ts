import type { Provenance } from "../../../domain/provenance.ts";
import type { NationalRanking } from "../../../server/schemas/rankings.ts";

export interface FactorRankRow {
	factorId: string;
	label: string;
	kind: "survey" | "statistic";
	higherIsBetter: boolean;
	value: number | null;
	/** Among every municipality with a value that year, computed by Topp10 (equal values share a place). */
	rank: number | null;
	rankedCount: number;
	/** Of the value; the rank is computed from every municipality's values, so it is synthetic when any is. */
	provenance: Provenance | null;
	rankProvenance: Provenance | null;
}

/**
 * One municipality's value and Topp10-computed place per question of the year, in the year's
 * factor order, e.g. "Service till företagen: 3,55, plats 87 av 290". Empty when it is not in the
 * answer.
 */
export function factorRankRows(
	ranking: NationalRanking,
	code: string,
): FactorRankRow[] {
	const row = ranking.rows.find((r) => r.code === code);
	if (!row) return [];
	const byId = new Map(row.factors.map((f) => [f.factorId, f]));
	return ranking.factors.map(
		({ id, label, kind, higherIsBetter, rankedCount, rankProvenance }) => {
			const own = byId.get(id);
			const rank = own?.rank ?? null;
			return {
				...{ factorId: id, label, kind, higherIsBetter, rankedCount },
				value: own?.value ?? null,
				rank,
				provenance: own?.provenance ?? null,
				rankProvenance: rank === null ? null : rankProvenance,
			};
		},
	);
}
