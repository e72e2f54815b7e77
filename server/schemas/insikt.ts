import type { Static } from "@sinclair/typebox";
import { InsiktSummarySchema, InsiktValueSchema } from "./analysis.ts";
import { optionalYear } from "./common.ts";
import { HistoryFromProperty, HistoryRangeSchema } from "./history.ts";
import {
	Int,
	List,
	NullableInt,
	NullableStr,
	Obj,
	Query,
	Str,
} from "./json.ts";
import { MunicipalitySchema } from "./municipalities.ts";

export const InsiktQuery = Query({
	year: optionalYear(
		"Insikt year to summarise, e.g. 2023; defaults to the latest complete year with values",
	),
	rankingYear: optionalYear(
		"Summarise what was known for this ranking year: the latest Insikt year up to it with values for the municipality (none when there is no such year); ignored when year is given",
	),
	...HistoryFromProperty,
});
export type InsiktQuery = Static<typeof InsiktQuery>;

export const InsiktDefinitionSchema = Obj({
	year: Int,
	/** Areas NKI totalt covers that year. */
	areas: List(Str),
	note: NullableStr,
});
export type InsiktDefinition = Static<typeof InsiktDefinitionSchema>;

export const InsiktReportSchema = Obj({
	municipality: MunicipalitySchema,
	/**
	 * The summarised year: the requested one; for a rankingYear the latest Insikt year up to it;
	 * else the latest complete year with values for the municipality. Null when there is none.
	 */
	year: NullableInt,
	/** The ranking year asked for, echoed so the page can say which Insikt year stands for it. */
	rankingYear: NullableInt,
	/** Years of the history window (and the asked year) with values for the municipality. */
	years: List(Int),
	/** Every stored value of the municipality in the summarised year (the trends cover the other years). */
	values: List(InsiktValueSchema),
	/** Its trends cover the years of the history window. */
	summary: InsiktSummarySchema,
	/** The NKI totalt definitions of the history window's years. */
	definitions: List(InsiktDefinitionSchema),
	history: HistoryRangeSchema,
});
export type InsiktReport = Static<typeof InsiktReportSchema>;
