import { inArray } from "drizzle-orm";
import {
	SURVEY_SCORE_FACTOR_ID,
	TOTAL_FACTOR_ID,
} from "../../../domain/ids.ts";
import type { Provenance } from "../../../domain/provenance.ts";
import type { Db } from "../../client.ts";
import { snResult } from "../../schema.ts";
import { findFirstYear } from "../findFirstYear.ts";
import { listYearRows } from "../listYearRows.ts";
import { listRankingYears, listScoreYears } from "./listRankingYears.ts";

export interface RankingSeriesRow {
	year: number;
	rank: number | null;
	/** Sammanfattande omdöme (survey, 1–6). */
	score: number | null;
	/** Provenance of the rank, or of the score in a survey-only year. */
	provenance: Provenance;
	scoreProvenance: Provenance | null;
	/** Where the rank comes from, as the imported file names it (null for synthetic fill). */
	rankSource: string | null;
	/** Where the score comes from; it may differ from the rank's. */
	scoreSource: string | null;
}

const SERIES_FACTORS = [TOTAL_FACTOR_ID, SURVEY_SCORE_FACTOR_ID];

/**
 * One row per year with the total rank and the survey score, each carrying its own provenance.
 * The years are named so SQLite seeks the year-major key once per year instead of reading the
 * table; without them every stored year is read (the API passes its memoised window).
 */
export function getRankingSeries(
	db: Db,
	code: string,
	years: readonly number[] = [...listRankingYears(db), ...listScoreYears(db)],
): RankingSeriesRow[] {
	const rows = listYearRows(
		db,
		snResult,
		["year", "factorId", "rank", "score", "provenance", "source"],
		{ years, codes: code },
		inArray(snResult.factorId, SERIES_FACTORS),
	);
	const byYear = new Map<number, RankingSeriesRow>();
	for (const row of rows) {
		const entry = byYear.get(row.year) ?? {
			year: row.year,
			rank: null,
			score: null,
			provenance: row.provenance,
			scoreProvenance: null,
			rankSource: null,
			scoreSource: null,
		};
		if (row.factorId === TOTAL_FACTOR_ID) {
			entry.rank = row.rank;
			entry.provenance = row.provenance;
			entry.rankSource = row.source;
		} else {
			entry.score = row.score;
			entry.scoreProvenance = row.provenance;
			entry.scoreSource = row.source;
		}
		byYear.set(row.year, entry);
	}
	return [...byYear.values()];
}

/** The first of the given years in which the municipality has a rank or a survey score. */
export function findFirstRankingYear(
	db: Db,
	code: string,
	years: readonly number[],
): number | null {
	return findFirstYear(
		db,
		snResult,
		{ years, codes: code },
		inArray(snResult.factorId, SERIES_FACTORS),
	);
}
