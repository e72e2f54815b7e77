import { type Static, Type } from "@sinclair/typebox";
import {
	PEER_GROUP_KINDS,
	PEER_GROUP_SOURCES,
} from "../../domain/peerGroups.ts";
import {
	FactorDefSchema,
	ModelFitSchema,
	ProvenanceListSchema,
	ProvenanceSchema,
	withProvenance,
} from "./analysis.ts";
import { optionalYear } from "./common.ts";
import { HistoryFromProperty, HistoryRangeSchema } from "./history.ts";
import {
	Dictionary,
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

export const PeerGroupSchema = Obj({
	/** "GR", "lan:14", "kommungrupp:A2". */
	id: Str,
	/** A proper name or the source's own title ("Västra Götalands län", "A2 Pendlingskommun nära storstad"). */
	label: Str,
	kind: StringEnum(PEER_GROUP_KINDS),
	codes: List(Str),
	/** Where the membership comes from; the client words it. */
	source: StringEnum(PEER_GROUP_SOURCES),
});
export type PeerGroup = Static<typeof PeerGroupSchema>;

export const PeerGroupListSchema = Obj({ groups: List(PeerGroupSchema) });
export type PeerGroupList = Static<typeof PeerGroupListSchema>;

export const CompareQuery = Query({
	codes: Type.Optional(
		Type.String({
			pattern: "^[0-9]{4}(,[0-9]{4}){0,29}$",
			description:
				"Up to 30 comma-separated municipality codes, e.g. 1402,1401,1480",
		}),
	),
	group: Type.Optional(
		Type.String({
			pattern: "^(GR|lan:[0-9]{2}|kommungrupp:[A-C][1-9])$",
			description: "GR, lan:<län code> or kommungrupp:<group>, see /api/groups",
		}),
	),
	year: optionalYear("Ranking year; default the latest"),
	...HistoryFromProperty,
});
export type CompareQuery = Static<typeof CompareQuery>;

export const CompareRowSchema = Obj({
	code: Str,
	name: Str,
	countyName: Str,
	kommungrupp: NullableStr,
	...withProvenance("rank", NullableInt),
	/** Sammanfattande omdöme. */
	...withProvenance("score", NullableNum),
	/** Rank under the stated model, for comparison with the published rank. */
	modelledRank: NullableInt,
	factorScores: Dictionary(NullableNum),
	/** Provenance per factor score. */
	factorProvenances: Dictionary(ProvenanceSchema),
	/** NKI totalt of the latest Insikt year up to the ranking year (looked for in the latest 15). */
	nki: NullableObj({ year: Int, value: Num, provenance: ProvenanceSchema }),
	/** Ranks in the history window (the latest 15 years, or from `from` on). */
	history: List(Obj({ year: Int, rank: Int, provenance: ProvenanceSchema })),
});
export type CompareRow = Static<typeof CompareRowSchema>;

export const ComparisonSchema = Obj({
	year: Int,
	years: List(Int),
	group: NullableObj(PeerGroupSchema.properties),
	factors: List(FactorDefSchema),
	model: Obj({ id: Str, fit: ModelFitSchema }),
	rows: List(CompareRowSchema),
	provenances: ProvenanceListSchema,
	/** The years the rows' rank histories cover; earliestYear is the peers' first ranked year. */
	history: HistoryRangeSchema,
});
export type Comparison = Static<typeof ComparisonSchema>;
