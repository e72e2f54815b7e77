import { type Static, type TSchema, Type } from "@sinclair/typebox";
import type {
	FactorGap,
	GapMunicipality,
	GapToTop10,
} from "../../analysis/gapToTop10.ts";
import type { GradeBand, InsiktSummary } from "../../analysis/insikt.ts";
import type { MaySignal } from "../../analysis/maySignal.ts";
import type { ModelFit } from "../../analysis/measureFit.ts";
import type { ModelWeight } from "../../analysis/model.ts";
import type { RankChangeAttribution } from "../../analysis/rankChangeAttribution.ts";
import { type RankTrend, TREND_STATUSES } from "../../analysis/rankTrend.ts";
import {
	type SmallestChangeResult,
	UNREACHABLE_REASONS,
} from "../../analysis/smallestChangeToRank.ts";
import type { WhatIfResult } from "../../analysis/whatIf.ts";
import type { FactorDef, InsiktValue } from "../../domain/figures.ts";
import { GRADE_BAND_IDS, SERVICE_FACTOR_IDS } from "../../domain/insikt.ts";
import { PROVENANCES } from "../../domain/provenance.ts";
import { sameShape } from "./assertSameShape.ts";
import {
	Bool,
	Int,
	List,
	NullableInt,
	NullableNum,
	NullableObj,
	NullableStringEnum,
	Num,
	Obj,
	Str,
	StringEnum,
} from "./json.ts";

export const ProvenanceSchema = StringEnum(PROVENANCES);
export const ProvenanceListSchema = List(ProvenanceSchema);
export const NullableProvenanceSchema = NullableStringEnum(PROVENANCES);

const FactorKindSchema = StringEnum(["survey", "statistic"] as const);
/** How a factor counts in the year's model. */
const factorWeighting = { weight: Num, higherIsBetter: Bool };
const factorScale = { scaleMin: NullableNum, scaleMax: NullableNum };
/** A published rank and score with their provenances: the score may be synthetic beside a published rank. */
export const rankedScore = {
	rank: NullableInt,
	score: NullableNum,
	provenance: ProvenanceSchema,
	scoreProvenance: NullableProvenanceSchema,
};
/** How well a least-squares line (analysis/linearFit) fits its points. */
const linearFitQuality = {
	intercept: Num,
	rSquared: NullableNum,
	residualSd: NullableNum,
	n: Int,
};
/** A figure beside the provenance of its inputs, sent as `<name>` and `<name>Provenance`. */
export function withProvenance<const K extends string, T extends TSchema>(
	name: K,
	figure: T,
) {
	return {
		[name]: figure,
		[`${name}Provenance`]: NullableProvenanceSchema,
	} as Record<K, T> & Record<`${K}Provenance`, typeof NullableProvenanceSchema>;
}
/** A prediction interval around an expected rank, at the stated level. */
const predictionBand = { low: NullableInt, high: NullableInt, level: Num };

export const FactorDefSchema = Obj({
	id: Str,
	label: Str,
	kind: FactorKindSchema,
	...factorWeighting,
	...factorScale,
});
sameShape<FactorDef, Static<typeof FactorDefSchema>>(true);

export const ModelFitSchema = Obj({
	spearman: NullableNum,
	shareWithin5: NullableNum,
	shareWithin10: NullableNum,
	n: Int,
});
sameShape<ModelFit, Static<typeof ModelFitSchema>>(true);

export const ModelWeightSchema = Obj({
	factorId: Str,
	label: Str,
	...factorWeighting,
	...factorScale,
});
sameShape<ModelWeight, Static<typeof ModelWeightSchema>>(true);

/** The model behind what-if and gap shares: its id (the client words it), weights and measured fit. */
export const ModelDescriptionSchema = Obj({
	id: Str,
	weights: List(ModelWeightSchema),
	fit: ModelFitSchema,
});
export type ModelDescription = Static<typeof ModelDescriptionSchema>;

const RankAtYearSchema = NullableObj({
	year: Int,
	rank: Int,
	provenance: ProvenanceSchema,
});

export const RankTrendSchema = Obj({
	targetYear: Int,
	targetRank: Int,
	years: List(
		Obj({
			year: Int,
			...rankedScore,
			change: NullableInt,
			changeProvenance: NullableProvenanceSchema,
		}),
	),
	latest: RankAtYearSchema,
	best: RankAtYearSchema,
	worst: RankAtYearSchema,
	yearsInTop10: List(Int),
	trend: NullableObj({
		placesPerYear: Num,
		...linearFitQuality,
		provenance: ProvenanceSchema,
	}),
	projection: NullableObj({
		year: Int,
		rank: Int,
		...predictionBand,
		provenance: ProvenanceSchema,
	}),
	status: StringEnum(TREND_STATUSES),
	statusProvenance: NullableProvenanceSchema,
	placesPerYearNeeded: NullableNum,
	placesPerYearNeededProvenance: NullableProvenanceSchema,
	targetYearRank: RankAtYearSchema,
});
sameShape<RankTrend, Static<typeof RankTrendSchema>>(true);

export const MaySignalSchema = Obj({
	status: StringEnum(["ok", "insufficient-data"] as const),
	mayScore: Num,
	expectedRank: NullableInt,
	...predictionBand,
	pairsUsed: Int,
	fit: NullableObj({
		relation: Type.Literal("ln-rank-by-score"),
		slope: Num,
		...linearFitQuality,
		years: List(Int),
	}),
});
sameShape<MaySignal, Static<typeof MaySignalSchema>>(true);

export const GapMunicipalitySchema = Obj({
	code: Str,
	name: Str,
	...rankedScore,
});
sameShape<GapMunicipality, Static<typeof GapMunicipalitySchema>>(true);

export const FactorGapSchema = Obj({
	factorId: Str,
	label: Str,
	kind: FactorKindSchema,
	...factorWeighting,
	...withProvenance("ours", NullableNum),
	...withProvenance("numberTen", NullableNum),
	top10Mean: NullableNum,
	top10Provenances: ProvenanceListSchema,
	...withProvenance("gapToNumberTen", NullableNum),
	...withProvenance("gapToTop10Mean", NullableNum),
	contribution: Num,
	share: NullableNum,
});
sameShape<FactorGap, Static<typeof FactorGapSchema>>(true);

export const GapToTop10Schema = Obj({
	year: Int,
	code: Str,
	name: Str,
	...withProvenance("rank", NullableInt),
	placesToTop10: NullableInt,
	modelledRank: NullableInt,
	top10: List(GapMunicipalitySchema),
	numberTen: NullableObj(GapMunicipalitySchema.properties),
	factors: List(FactorGapSchema),
	neighbours: Obj({
		above: List(GapMunicipalitySchema),
		below: List(GapMunicipalitySchema),
	}),
	modelProvenance: ProvenanceSchema,
});
sameShape<GapToTop10, Static<typeof GapToTop10Schema>>(true);

const ChangeSchema = Obj({
	from: NullableNum,
	to: NullableNum,
	change: NullableNum,
});

export const RankChangeAttributionSchema = NullableObj({
	code: Str,
	fromYear: Int,
	toYear: Int,
	publishedRank: ChangeSchema,
	modelledRank: ChangeSchema,
	modelledScore: ChangeSchema,
	factors: List(
		Obj({
			factorId: Str,
			label: Str,
			scoreFrom: NullableNum,
			scoreTo: NullableNum,
			meanFrom: NullableNum,
			meanTo: NullableNum,
			contribution: Num,
		}),
	),
	publishedRankProvenance: ProvenanceSchema,
	provenance: ProvenanceSchema,
});
sameShape<
	RankChangeAttribution | null,
	Static<typeof RankChangeAttributionSchema>
>(true);

export const SmallestChangeSchema = NullableObj({
	code: Str,
	targetRank: Int,
	currentRank: Int,
	alreadyThere: Bool,
	thresholdScore: NullableNum,
	factors: List(
		Obj({
			factorId: Str,
			label: Str,
			current: NullableNum,
			needed: NullableNum,
			change: NullableNum,
			changeInSd: NullableNum,
			reachable: Bool,
			reason: NullableStringEnum(UNREACHABLE_REASONS),
			bestObserved: NullableNum,
			...factorScale,
		}),
	),
	combinations: List(
		Obj({
			size: Int,
			factors: List(
				Obj({
					factorId: Str,
					label: Str,
					current: NullableNum,
					to: Num,
					change: Num,
					changeInSd: Num,
				}),
			),
			totalSd: Num,
			largestSd: Num,
			modelledRank: Int,
		}),
	),
	provenance: ProvenanceSchema,
});
sameShape<SmallestChangeResult | null, Static<typeof SmallestChangeSchema>>(
	true,
);

const ModelledPositionSchema = Obj({ score: Num, rank: Int });

export const WhatIfResultSchema = Obj({
	code: Str,
	before: ModelledPositionSchema,
	after: ModelledPositionSchema,
	placesClimbed: Int,
	factors: List(
		Obj({
			factorId: Str,
			label: Str,
			from: NullableNum,
			to: NullableNum,
			change: NullableNum,
			modelledScoreChange: Num,
		}),
	),
	provenance: ProvenanceSchema,
});
sameShape<WhatIfResult, Static<typeof WhatIfResultSchema>>(true);

export const GradeBandSchema = Obj({
	id: StringEnum(GRADE_BAND_IDS),
	roundedNki: Int,
});
sameShape<GradeBand, Static<typeof GradeBandSchema>>(true);

export const InsiktValueSchema = Obj({
	year: Int,
	municipalityCode: Str,
	area: Str,
	measure: Str,
	value: NullableNum,
	responses: NullableInt,
	provenance: ProvenanceSchema,
});
sameShape<InsiktValue, Static<typeof InsiktValueSchema>>(true);

export const InsiktSummarySchema = NullableObj({
	code: Str,
	year: Int,
	areas: List(
		Obj({
			area: Str,
			value: Num,
			responses: NullableInt,
			provenance: ProvenanceSchema,
			riket: NullableNum,
			topDecile: NullableNum,
			grade: GradeBandSchema,
			rank: NullableInt,
			rankedCount: Int,
			trend: List(
				Obj({
					year: Int,
					value: NullableNum,
					provenance: ProvenanceSchema,
					riket: NullableNum,
				}),
			),
		}),
	),
	weakestServiceFactors: List(
		Obj({
			measure: StringEnum(SERVICE_FACTOR_IDS),
			value: Num,
			riket: NullableNum,
		}),
	),
	definitionBreaks: List(
		Obj({
			year: Int,
			previousYear: Int,
			added: List(Str),
			removed: List(Str),
		}),
	),
});
sameShape<InsiktSummary | null, Static<typeof InsiktSummarySchema>>(true);
