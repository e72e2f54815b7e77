import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../client.ts";
import {
	type Provenance,
	SURVEY_SCORE_FACTOR_ID,
	snResult,
	TOTAL_FACTOR_ID,
} from "../../schema.ts";

export interface RankingSeriesRow {
	year: number;
	rank: number | null;
	/** Sammanfattande omdöme (survey, 1–6). */
	score: number | null;
	/** Provenance of the rank, or of the score in a survey-only year. */
	provenance: Provenance;
	scoreProvenance: Provenance | null;
	source: string | null;
}

/** One row per year with the total rank and the survey score, each carrying its own provenance. */
export function getRankingSeries(db: Db, code: string): RankingSeriesRow[] {
	const rows = db
		.select({
			year: snResult.year,
			factorId: snResult.factorId,
			rank: snResult.rank,
			score: snResult.score,
			provenance: snResult.provenance,
			source: snResult.source,
		})
		.from(snResult)
		.where(
			and(
				eq(snResult.municipalityCode, code),
				inArray(snResult.factorId, [TOTAL_FACTOR_ID, SURVEY_SCORE_FACTOR_ID]),
			),
		)
		.orderBy(asc(snResult.year))
		.all();
	const byYear = new Map<number, RankingSeriesRow>();
	for (const row of rows) {
		const entry = byYear.get(row.year) ?? {
			year: row.year,
			rank: null,
			score: null,
			provenance: row.provenance,
			scoreProvenance: null,
			source: null,
		};
		if (row.factorId === TOTAL_FACTOR_ID) {
			entry.rank = row.rank;
			entry.provenance = row.provenance;
			entry.source = row.source;
		} else {
			entry.score = row.score;
			entry.scoreProvenance = row.provenance;
			entry.source ??= row.source;
		}
		byYear.set(row.year, entry);
	}
	return [...byYear.values()];
}
