import { and, asc, eq, inArray } from "drizzle-orm";
import type { Provenance } from "../../../domain/provenance.ts";
import type { Db } from "../../client.ts";
import { snResult } from "../../schema.ts";

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
	if (factorIds.length === 0 || years.length === 0) return [];
	return db
		.select({
			year: snResult.year,
			factorId: snResult.factorId,
			rank: snResult.rank,
			score: snResult.score,
			provenance: snResult.provenance,
		})
		.from(snResult)
		.where(
			and(
				inArray(snResult.year, [...years]),
				eq(snResult.municipalityCode, code),
				inArray(snResult.factorId, [...factorIds]),
			),
		)
		.orderBy(asc(snResult.year))
		.all();
}
