import type { GapToTop10 } from "../../analysis/gapToTop10.ts";
import type { ModelFit } from "../../analysis/measureFit.ts";
import type { ModelWeight } from "../../analysis/model.ts";
import type { RankChangeAttribution } from "../../analysis/rankChangeAttribution.ts";
import type { SmallestChangeResult } from "../../analysis/smallestChangeToRank.ts";
import type { Provenance } from "../../domain/provenance.ts";
import {
	FactorGapSchema,
	GapMunicipalitySchema,
	ModelDescriptionSchema,
	ProvenanceListSchema,
	RankChangeAttributionSchema,
	SmallestChangeSchema,
} from "./analysis.ts";
import { array, int, nullableInt, object, str } from "./json.ts";
import { type Municipality, MunicipalitySchema } from "./municipalities.ts";

/** The model behind what-if and gap shares: named, with its weights and its measured fit. */
export interface ModelDescription {
	id: string;
	weights: ModelWeight[];
	fit: ModelFit;
}

export interface GapReport {
	municipality: Municipality;
	year: number;
	/** Years with a published/imported/synthetic total ranking, for a year picker. */
	years: number[];
	gap: GapToTop10;
	model: ModelDescription;
	smallestChange: SmallestChangeResult | null;
	/** Why the rank moved since the previous ranked year, under the model. */
	attribution: RankChangeAttribution | null;
	provenance: { ranks: Provenance[]; factors: Provenance[] };
}

export const GapSchema = object({
	municipality: MunicipalitySchema,
	year: int,
	years: array(int),
	gap: object({
		year: int,
		code: str,
		name: str,
		rank: nullableInt,
		placesToTop10: nullableInt,
		top10: array(GapMunicipalitySchema),
		numberTen: { ...GapMunicipalitySchema, type: ["object", "null"] },
		factors: array(FactorGapSchema),
		neighbours: object({
			above: array(GapMunicipalitySchema),
			below: array(GapMunicipalitySchema),
		}),
	}),
	model: ModelDescriptionSchema,
	smallestChange: SmallestChangeSchema,
	attribution: RankChangeAttributionSchema,
	provenance: object({
		ranks: ProvenanceListSchema,
		factors: ProvenanceListSchema,
	}),
});
