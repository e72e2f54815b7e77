import { type Static, Type } from "@sinclair/typebox";
import {
	MaySignalSchema,
	ProvenanceListSchema,
	ProvenanceSchema,
	RankTrendSchema,
	rankedScore,
	withProvenance,
} from "./analysis.ts";
import { optionalYear } from "./common.ts";
import { HistoryFromProperty, HistoryRangeSchema } from "./history.ts";
import {
	Int,
	List,
	NullableInt,
	NullableObj,
	NullableStr,
	Num,
	Obj,
	Query,
} from "./json.ts";
import { MunicipalitySchema } from "./municipalities.ts";

export const RankingQuery = Query({
	year: optionalYear(
		"The year the answer is as of: trend, pace and May signal from what was known then; default the latest complete ranking year",
	),
	targetYear: optionalYear(
		"Year by which the top 10 should be reached; default the next ranking",
		2000,
	),
	targetRank: Type.Optional(
		Type.Integer({
			minimum: 1,
			maximum: 290,
			default: 10,
			description: "Target rank, default 10",
		}),
	),
	...HistoryFromProperty,
});
export type RankingQuery = Static<typeof RankingQuery>;

export const RankingYearSchema = Obj({
	year: Int,
	/**
	 * Sammanfattande omdöme (survey, 1–6) as score; provenance is that of the rank, or of the
	 * score in a survey-only year.
	 */
	...rankedScore,
	/**
	 * Where the rank and the score come from, as their files name them: they may differ (a
	 * published rank beside a synthetic score), and synthetic fill has none.
	 */
	rankSource: NullableStr,
	scoreSource: NullableStr,
});
export type RankingYear = Static<typeof RankingYearSchema>;

export const MaySignalReportSchema = Obj({
	/** The latest year with a May survey score. */
	year: Int,
	score: Num,
	scoreProvenance: ProvenanceSchema,
	/** The September rank of that year, when already published or stored. */
	...withProvenance("actualRank", NullableInt),
	signal: MaySignalSchema,
	/** Provenances of the past pairs the fit was computed on. */
	fitProvenances: ProvenanceListSchema,
	/** Of the expected rank and its band: synthetic when the score or any fitted pair is. */
	expectedRankProvenance: ProvenanceSchema,
});
export type MaySignalReport = Static<typeof MaySignalReportSchema>;

export const RankingSchema = Obj({
	municipality: MunicipalitySchema,
	/** The year the verdicts are as of; `years` may go on after it (drawn as later years). */
	asOf: Int,
	/** The years of the history window (the latest 15, or from `from` on) with a rank or a score. */
	years: List(RankingYearSchema),
	trend: RankTrendSchema,
	maySignal: NullableObj(MaySignalReportSchema.properties),
	/** Every provenance among the figures above, so a page can say "contains synthetic data". */
	provenances: ProvenanceListSchema,
	history: HistoryRangeSchema,
});
export type Ranking = Static<typeof RankingSchema>;
