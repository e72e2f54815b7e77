import type { HistoryRange } from "../../analysis/historyWindow.ts";
import type { InsiktSummary } from "../../analysis/insikt.ts";
import type { InsiktValue } from "../../domain/figures.ts";
import {
	InsiktSummarySchema,
	InsiktValueSchema,
	YearQuery,
} from "./analysis.ts";
import {
	HistoryFromProperty,
	type HistoryFromQuery,
	HistoryRangeSchema,
} from "./history.ts";
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
	/** Years of the history window (and the asked year) with values for the municipality. */
	years: number[];
	/** Every stored value of the municipality in the summarised year (the trends cover the other years). */
	values: InsiktValue[];
	/** Its trends cover the years of the history window. */
	summary: InsiktSummary | null;
	/** The NKI totalt definitions of the history window's years. */
	definitions: InsiktDefinition[];
	history: HistoryRange;
}

export const InsiktQuery = {
	...YearQuery,
	properties: {
		year: {
			...YearQuery.properties.year,
			description:
				"Insikt year to summarise, e.g. 2023; defaults to the latest with values",
		},
		...HistoryFromProperty,
	},
} as const;

export interface InsiktQuery extends HistoryFromQuery {
	year?: number;
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
	history: HistoryRangeSchema,
});
