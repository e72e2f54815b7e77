import type { HistoryRange } from "../../analysis/historyWindow.ts";
import type { FactorDef } from "../../domain/figures.ts";
import type { Provenance } from "../../domain/provenance.ts";
import {
	ModelFitSchema,
	NullableProvenanceSchema,
	ProvenanceListSchema,
	ProvenanceSchema,
} from "./analysis.ts";
import {
	HistoryFromProperty,
	type HistoryFromQuery,
	HistoryRangeSchema,
} from "./history.ts";
import {
	array,
	bool,
	int,
	nullableInt,
	nullableNum,
	nullableObject,
	nullableStr,
	num,
	numberRecord,
	object,
	str,
	stringEnum,
} from "./json.ts";

export type PeerGroupKind = "region" | "lan" | "kommungrupp";

export interface PeerGroup {
	/** "GR", "lan:14", "kommungrupp:A2". */
	id: string;
	label: string;
	kind: PeerGroupKind;
	codes: string[];
	source: string;
}

export interface PeerGroupList {
	groups: PeerGroup[];
}

const PeerGroupSchema = object({
	id: str,
	label: str,
	kind: stringEnum(["region", "lan", "kommungrupp"] as const),
	codes: array(str),
	source: str,
});

export const PeerGroupListSchema = object({ groups: array(PeerGroupSchema) });

export const CompareQuery = {
	type: "object",
	properties: {
		codes: {
			type: "string",
			pattern: "^[0-9]{4}(,[0-9]{4}){0,29}$",
			description:
				"Up to 30 comma-separated municipality codes, e.g. 1402,1401,1480",
		},
		group: {
			type: "string",
			pattern: "^(GR|lan:[0-9]{2}|kommungrupp:[A-C][1-9])$",
			description: "GR, lan:<län code> or kommungrupp:<group>, see /api/groups",
		},
		year: {
			type: "integer",
			minimum: 1990,
			maximum: 2100,
			description: "Ranking year; default the latest",
		},
		...HistoryFromProperty,
	},
	additionalProperties: false,
} as const;

export interface CompareQuery extends HistoryFromQuery {
	codes?: string;
	group?: string;
	year?: number;
}

export interface CompareRow {
	code: string;
	name: string;
	countyName: string;
	kommungrupp: string | null;
	rank: number | null;
	rankProvenance: Provenance | null;
	/** Sammanfattande omdöme. */
	score: number | null;
	scoreProvenance: Provenance | null;
	/** Rank under the stated model, for comparison with the published rank. */
	modelledRank: number | null;
	factorScores: Record<string, number | null>;
	/** Provenance per factor score. */
	factorProvenances: Record<string, Provenance>;
	/** NKI totalt of the latest Insikt year up to the ranking year (looked for in the latest 15). */
	nki: { year: number; value: number; provenance: Provenance } | null;
	/** Ranks in the history window (the latest 15 years, or from `from` on). */
	history: { year: number; rank: number; provenance: Provenance }[];
}

export interface Comparison {
	year: number;
	years: number[];
	group: PeerGroup | null;
	factors: FactorDef[];
	model: {
		id: string;
		fit: {
			spearman: number | null;
			shareWithin5: number | null;
			shareWithin10: number | null;
			n: number;
		};
	};
	rows: CompareRow[];
	provenances: Provenance[];
	/** The years the rows' rank histories cover; earliestYear is the peers' first ranked year. */
	history: HistoryRange;
}

export const ComparisonSchema = object({
	year: int,
	years: array(int),
	group: { ...PeerGroupSchema, type: ["object", "null"] },
	factors: array(
		object({
			id: str,
			label: str,
			kind: stringEnum(["survey", "statistic"] as const),
			weight: num,
			higherIsBetter: bool,
			scaleMin: nullableNum,
			scaleMax: nullableNum,
		}),
	),
	model: object({ id: str, fit: ModelFitSchema }),
	rows: array(
		object({
			code: str,
			name: str,
			countyName: str,
			kommungrupp: nullableStr,
			rank: nullableInt,
			rankProvenance: NullableProvenanceSchema,
			score: nullableNum,
			scoreProvenance: NullableProvenanceSchema,
			modelledRank: nullableInt,
			factorScores: numberRecord,
			factorProvenances: {
				type: "object",
				additionalProperties: ProvenanceSchema,
			},
			nki: nullableObject({
				year: int,
				value: num,
				provenance: ProvenanceSchema,
			}),
			history: array(
				object({ year: int, rank: int, provenance: ProvenanceSchema }),
			),
		}),
	),
	provenances: ProvenanceListSchema,
	history: HistoryRangeSchema,
});
