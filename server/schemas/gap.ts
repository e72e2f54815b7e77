import type { Static } from "@sinclair/typebox";
import {
	GapToTop10Schema,
	ModelDescriptionSchema,
	ProvenanceListSchema,
	RankChangeAttributionSchema,
	SmallestChangeSchema,
} from "./analysis.ts";
import { optionalYear } from "./common.ts";
import { Int, List, Obj, Query } from "./json.ts";
import { MunicipalitySchema } from "./municipalities.ts";

export const GapQuery = Query({
	year: optionalYear("Ranking year, e.g. 2023; defaults to the latest"),
});
export type GapQuery = Static<typeof GapQuery>;

export const GapSchema = Obj({
	municipality: MunicipalitySchema,
	year: Int,
	/** Years with a published/imported/synthetic total ranking, for a year picker. */
	years: List(Int),
	gap: GapToTop10Schema,
	model: ModelDescriptionSchema,
	smallestChange: SmallestChangeSchema,
	/** Why the rank moved since the previous ranked year, under the model. */
	attribution: RankChangeAttributionSchema,
	provenance: Obj({
		ranks: ProvenanceListSchema,
		factors: ProvenanceListSchema,
	}),
});
export type GapReport = Static<typeof GapSchema>;
export type { ModelDescription } from "./analysis.ts";
