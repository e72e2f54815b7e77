import { type Static, Type } from "@sinclair/typebox";
import {
	FactorDefSchema,
	NullableProvenanceSchema,
	ProvenanceListSchema,
	ProvenanceSchema,
} from "./analysis.ts";
import { MunicipalityCode, optionalYear } from "./common.ts";
import { PeerGroupSchema } from "./compare.ts";
import {
	Int,
	List,
	NullableInt,
	NullableNum,
	NullableObj,
	NullableStr,
	Num,
	Obj,
	Query,
	Str,
	StringEnum,
} from "./json.ts";
import { MunicipalitySchema } from "./municipalities.ts";

const GroupParameter = Type.String({
	pattern: "^(GR|lan:[0-9]{2}|kommungrupp:[A-C][1-9])$",
	description: "GR, lan:<län code> or kommungrupp:<group>, see /api/groups",
});

export const NationalRankingQuery = Query({
	year: optionalYear("Ranking year; default the latest"),
	group: Type.Optional(GroupParameter),
});
export type NationalRankingQuery = Static<typeof NationalRankingQuery>;

export const FactorResultSchema = Obj({
	factorId: Str,
	value: NullableNum,
	/** Rank among every municipality with a value that year, computed by Topp10. */
	rank: NullableInt,
	provenance: NullableProvenanceSchema,
});

export const NationalRowSchema = Obj({
	code: Str,
	name: Str,
	countyName: Str,
	kommungrupp: NullableStr,
	rank: NullableInt,
	/** Provenance of the rank. */
	provenance: NullableProvenanceSchema,
	previousRank: NullableInt,
	/** previousRank − rank: positive = climbed, negative = fell; null without both ranks. */
	change: NullableInt,
	changeProvenance: NullableProvenanceSchema,
	/** Sammanfattande omdöme. */
	score: NullableNum,
	scoreProvenance: NullableProvenanceSchema,
	factors: List(FactorResultSchema),
});
export type NationalRow = Static<typeof NationalRowSchema>;

export const NationalRankingSchema = Obj({
	year: Int,
	years: List(Int),
	/** The ranked year before `year`, which `change` compares with. */
	previousYear: NullableInt,
	group: NullableObj(PeerGroupSchema.properties),
	/** The year's factors, each with how many municipalities its ranks are out of. */
	factors: List(Obj({ ...FactorDefSchema.properties, rankedCount: Int })),
	/** The group's rows (all 290 without a group), by rank. */
	rows: List(NationalRowSchema),
	provenances: ProvenanceListSchema,
});
export type NationalRanking = Static<typeof NationalRankingSchema>;

export const INDICATOR_KINDS = ["factor", "nki", "kommungrupp"] as const;

export const SimilarQuery = Query({
	year: optionalYear(
		"Ranking year whose values are compared; default the latest",
	),
	indicators: Type.Optional(
		Type.String({
			pattern: "^[a-z0-9:-]{1,60}(,[a-z0-9:-]{1,60}){0,39}$",
			description:
				"Comma-separated indicators: factor ids of the year, nki:<area> (NKI of an Insikt area), kommungrupp; default kommungrupp and the year's statistics",
		}),
	),
	weights: Type.Optional(
		Type.String({
			pattern: "^[0-9]+(\\.[0-9]+)?(,[0-9]+(\\.[0-9]+)?){0,39}$",
			description: "Comma-separated weights, one per indicator; default 1 each",
		}),
	),
	count: Type.Optional(
		Type.Integer({
			minimum: 1,
			maximum: 20,
			default: 7,
			description: "How many to return, 1–20; default 7",
		}),
	),
});
export type SimilarQuery = Static<typeof SimilarQuery>;

const IndicatorSchema = Obj({
	id: Str,
	kind: StringEnum(INDICATOR_KINDS),
	/** The factor's label as stored; null for nki and kommungrupp (the client words those). */
	label: NullableStr,
	weight: Num,
	/** The Insikt year an nki indicator is read from (the latest up to the ranking year). */
	year: NullableInt,
});
export type Indicator = Static<typeof IndicatorSchema>;

export const SimilarSchema = Obj({
	municipality: MunicipalitySchema,
	year: Int,
	/** How the difference index is computed; the client explains it in words. */
	method: Type.Literal("gower"),
	indicators: List(IndicatorSchema),
	/** Every indicator that can be chosen for the year. */
	available: List(
		Obj({ id: Str, kind: StringEnum(INDICATOR_KINDS), label: NullableStr }),
	),
	similar: List(
		Obj({
			code: MunicipalityCode,
			name: Str,
			kommungrupp: NullableStr,
			/** 0 = the same on every indicator compared; 1 = as far apart as any two that year. */
			difference: Num,
			/** Share of the indicators' weight both have values for. */
			coverage: Num,
			/** Synthetic when any compared value of either municipality is. */
			provenance: ProvenanceSchema,
			rank: NullableInt,
			rankProvenance: NullableProvenanceSchema,
		}),
	),
	/** Whether any compared value is synthetic. */
	provenances: ProvenanceListSchema,
});
export type SimilarReport = Static<typeof SimilarSchema>;
