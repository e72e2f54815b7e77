import type { Provenance } from "../../db/schema.ts";
import { NullableProvenanceSchema, ProvenanceSchema } from "./common.ts";

export interface Municipality {
	code: string;
	name: string;
	countyCode: string;
	countyName: string;
	kommungrupp: string | null;
}

export const MunicipalitySchema = {
	type: "object",
	required: ["code", "name", "countyCode", "countyName", "kommungrupp"],
	properties: {
		code: { type: "string" },
		name: { type: "string" },
		countyCode: { type: "string" },
		countyName: { type: "string" },
		kommungrupp: { type: ["string", "null"] },
	},
} as const;

export interface MunicipalityList {
	municipalities: Municipality[];
}

export const MunicipalityListSchema = {
	type: "object",
	required: ["municipalities"],
	properties: { municipalities: { type: "array", items: MunicipalitySchema } },
} as const;

export interface RankingYear {
	year: number;
	rank: number | null;
	score: number | null;
	provenance: Provenance;
	scoreProvenance: Provenance | null;
	source: string | null;
}

export interface Ranking {
	municipality: Municipality;
	years: RankingYear[];
}

export const RankingSchema = {
	type: "object",
	required: ["municipality", "years"],
	properties: {
		municipality: MunicipalitySchema,
		years: {
			type: "array",
			items: {
				type: "object",
				required: [
					"year",
					"rank",
					"score",
					"provenance",
					"scoreProvenance",
					"source",
				],
				properties: {
					year: { type: "integer" },
					rank: { type: ["integer", "null"] },
					score: { type: ["number", "null"] },
					provenance: ProvenanceSchema,
					scoreProvenance: NullableProvenanceSchema,
					source: { type: ["string", "null"] },
				},
			},
		},
	},
} as const;
