import { and, asc, eq, inArray } from "drizzle-orm";
import type { Provenance } from "../../../domain/provenance.ts";
import type { Db } from "../../client.ts";
import { insiktResult } from "../../schema.ts";

export interface InsiktSeriesRow {
	year: number;
	area: string;
	measure: string;
	value: number | null;
	provenance: Provenance;
}

/** One municipality's stored values of the given areas and measures in the given years, oldest first. */
export function listInsiktSeries(
	db: Db,
	code: string,
	areas: readonly string[],
	measures: readonly string[],
	years: readonly number[],
): InsiktSeriesRow[] {
	if (areas.length === 0 || years.length === 0) return [];
	return db
		.select({
			year: insiktResult.year,
			area: insiktResult.area,
			measure: insiktResult.measure,
			value: insiktResult.value,
			provenance: insiktResult.provenance,
		})
		.from(insiktResult)
		.where(
			and(
				inArray(insiktResult.year, [...years]),
				eq(insiktResult.municipalityCode, code),
				inArray(insiktResult.area, [...areas]),
				inArray(insiktResult.measure, [...measures]),
			),
		)
		.orderBy(asc(insiktResult.year))
		.all();
}
