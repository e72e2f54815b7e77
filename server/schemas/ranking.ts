import type { HistoryRange } from "../../analysis/historyWindow.ts";
import type { MaySignal } from "../../analysis/maySignal.ts";
import type { RankTrend } from "../../analysis/rankTrend.ts";
import type { Provenance } from "../../domain/provenance.ts";
import {
	MaySignalSchema,
	NullableProvenanceSchema,
	ProvenanceListSchema,
	ProvenanceSchema,
	RankTrendSchema,
} from "./analysis.ts";
import {
	HistoryFromProperty,
	type HistoryFromQuery,
	HistoryRangeSchema,
} from "./history.ts";
import {
	array,
	int,
	nullableInt,
	nullableNum,
	nullableObject,
	nullableStr,
	object,
} from "./json.ts";
import { type Municipality, MunicipalitySchema } from "./municipalities.ts";

export interface RankingYear {
	year: number;
	rank: number | null;
	/** Sammanfattande omdöme (survey, 1–6). */
	score: number | null;
	/** Provenance of the rank, or of the score in a survey-only year. */
	provenance: Provenance;
	scoreProvenance: Provenance | null;
	source: string | null;
}

export interface MaySignalReport {
	/** The latest year with a May survey score. */
	year: number;
	score: number;
	scoreProvenance: Provenance;
	/** The September rank of that year, when already published or stored. */
	actualRank: number | null;
	actualRankProvenance: Provenance | null;
	signal: MaySignal;
	/** Provenances of the past pairs the fit was computed on. */
	fitProvenances: Provenance[];
}

export interface Ranking {
	municipality: Municipality;
	/** The years of the history window (the latest 15, or from `from` on) with a rank or a score. */
	years: RankingYear[];
	trend: RankTrend;
	maySignal: MaySignalReport | null;
	/** Every provenance among the figures above, so a page can say "contains synthetic data". */
	provenances: Provenance[];
	history: HistoryRange;
}

export const RankingQuery = {
	type: "object",
	properties: {
		targetYear: {
			type: "integer",
			minimum: 2000,
			maximum: 2100,
			description:
				"Year by which the top 10 should be reached; default the next ranking",
		},
		targetRank: {
			type: "integer",
			minimum: 1,
			maximum: 290,
			default: 10,
			description: "Target rank, default 10",
		},
		...HistoryFromProperty,
	},
	additionalProperties: false,
} as const;

export interface RankingQuery extends HistoryFromQuery {
	targetYear?: number;
	targetRank?: number;
}

export const RankingSchema = object({
	municipality: MunicipalitySchema,
	years: array(
		object({
			year: int,
			rank: nullableInt,
			score: nullableNum,
			provenance: ProvenanceSchema,
			scoreProvenance: NullableProvenanceSchema,
			source: nullableStr,
		}),
	),
	trend: RankTrendSchema,
	maySignal: nullableObject({
		year: int,
		score: { type: "number" },
		scoreProvenance: ProvenanceSchema,
		actualRank: nullableInt,
		actualRankProvenance: NullableProvenanceSchema,
		signal: MaySignalSchema,
		fitProvenances: ProvenanceListSchema,
	}),
	provenances: ProvenanceListSchema,
	history: HistoryRangeSchema,
});
