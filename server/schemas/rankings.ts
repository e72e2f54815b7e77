import { type Static, Type } from "@sinclair/typebox";
import {
	FactorDefSchema,
	NullableProvenanceSchema,
	ProvenanceListSchema,
	ProvenanceSchema,
} from "./analysis.ts";
import { optionalYear } from "./common.ts";
import { PeerGroupSchema } from "./compare.ts";
import {
	Int,
	List,
	NullableInt,
	NullableNum,
	NullableObj,
	NullableStr,
	Obj,
	Query,
	Str,
} from "./json.ts";

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
	/**
	 * The year's factors, each with how many municipalities its ranks are out of, and the
	 * provenance of those ranks (computed from every value: synthetic when any value is).
	 */
	factors: List(
		Obj({
			...FactorDefSchema.properties,
			rankedCount: Int,
			rankProvenance: ProvenanceSchema,
		}),
	),
	/** The group's rows (all 290 without a group), by rank. */
	rows: List(NationalRowSchema),
	provenances: ProvenanceListSchema,
});
export type NationalRanking = Static<typeof NationalRankingSchema>;
