import type { FactorDef, MunicipalityYear } from "../domain/figures.ts";
import { rankCompetition } from "./competitionRank.ts";

/** Each factor's rank per municipality code; null where the municipality has no value. */
export type FactorRanks = Record<string, Record<string, number | null>>;

/**
 * Ranks every factor of a year over the municipalities that have it: 1 = best, in the factor's
 * own direction (higher or lower is better), equal values sharing a rank (1, 2, 2, 4). SN
 * publishes such ranks on its municipality pages; these are computed by Topp10 from the values.
 */
export function rankFactors(
	rows: readonly MunicipalityYear[],
	factors: readonly FactorDef[],
): FactorRanks {
	const ranks: FactorRanks = {};
	for (const factor of factors) {
		const values = rows.map((row) => row.factorScores[factor.id] ?? null);
		const factorRanks = rankCompetition(values, {
			descending: factor.higherIsBetter,
		});
		ranks[factor.id] = Object.fromEntries(
			rows.map((row, index) => [row.code, factorRanks[index] ?? null]),
		);
	}
	return ranks;
}

/** How many municipalities have a value for the factor, i.e. what its ranks are "of". */
export function countRanked(ranks: Record<string, number | null>): number {
	return Object.values(ranks).filter((rank) => rank !== null).length;
}
