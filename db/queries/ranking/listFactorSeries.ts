import { inArray } from "drizzle-orm";
import type { Provenance } from "../../../domain/provenance.ts";
import type { Db } from "../../client.ts";
import { snResult } from "../../schema.ts";
import { listYearRows } from "../listYearRows.ts";

export interface FactorSeriesRow {
	year: number;
	factorId: string;
	rank: number | null;
	score: number | null;
	provenance: Provenance;
}

/**
 * One municipality's stored rank and score for the given factor ids ("total" included) in the
 * given years, oldest first. The years are named so SQLite seeks the year-major key once a year.
 */
export function listFactorSeries(
	db: Db,
	code: string,
	factorIds: readonly string[],
	years: readonly number[],
): FactorSeriesRow[] {
	return listYearRows(
		db,
		snResult,
		["year", "factorId", "rank", "score", "provenance"],
		{ years, codes: code },
		inArray(snResult.factorId, [...factorIds]),
	);
}
