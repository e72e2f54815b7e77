import { type Static, Type } from "@sinclair/typebox";
import {
	NullableProvenanceSchema,
	ProvenanceListSchema,
	ProvenanceSchema,
} from "./analysis.ts";
import { MunicipalityCode, optionalYear } from "./common.ts";
import * as J from "./json.ts";
import { MunicipalitySchema } from "./municipalities.ts";

const {
	Int,
	List,
	NullableInt,
	NullableStr,
	Num,
	Obj,
	Query,
	Str,
	StringEnum,
} = J;

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
