import type { InsiktSummary } from "../analysis/insikt.ts";
import type { InsiktValue } from "../analysis/types.ts";
import { InsiktSummarySchema, InsiktValueSchema } from "./analysis.ts";
import { array, int, nullableInt, nullableStr, object, str } from "./json.ts";
import { type Municipality, MunicipalitySchema } from "./municipalities.ts";

export interface InsiktDefinition {
	year: number;
	/** Areas NKI totalt covers that year. */
	areas: string[];
	note: string | null;
}

export interface InsiktReport {
	municipality: Municipality;
	/** The summarised year: the requested one, else the latest with values for the municipality. */
	year: number | null;
	/** Years with values for the municipality. */
	years: number[];
	/** Every stored value of the municipality in the summarised year (the trends cover the other years). */
	values: InsiktValue[];
	summary: InsiktSummary | null;
	definitions: InsiktDefinition[];
}

export const InsiktReportSchema = object({
	municipality: MunicipalitySchema,
	year: nullableInt,
	years: array(int),
	values: array(InsiktValueSchema),
	summary: InsiktSummarySchema,
	definitions: array(
		object({ year: int, areas: array(str), note: nullableStr }),
	),
});
