import { inArray } from "drizzle-orm";
import type { Provenance } from "../../../domain/provenance.ts";
import type { Db } from "../../client.ts";
import { insiktResult } from "../../schema.ts";
import { listYearRows } from "../listYearRows.ts";

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
	return listYearRows(
		db,
		insiktResult,
		["year", "area", "measure", "value", "provenance"],
		{ years, codes: code },
		inArray(insiktResult.area, [...areas]),
		inArray(insiktResult.measure, [...measures]),
	);
}
