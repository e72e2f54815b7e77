import { GRADE_BAND_IDS } from "../../domain/insikt.ts";
import { PROVENANCES } from "../../domain/provenance.ts";
import {
	array,
	bool,
	int,
	nullableInt,
	nullableNum,
	nullableObject,
	num,
	object,
	str,
	stringEnum,
} from "./json.ts";

export const ProvenanceSchema = stringEnum(PROVENANCES);
export const ProvenanceListSchema = array(ProvenanceSchema);
export const NullableProvenanceSchema = {
	type: ["string", "null"],
	enum: [...PROVENANCES, null],
} as const;

export const ModelFitSchema = object({
	spearman: nullableNum,
	shareWithin5: nullableNum,
	shareWithin10: nullableNum,
	n: int,
});

export const ModelWeightSchema = object({
	factorId: str,
	label: str,
	weight: num,
	higherIsBetter: bool,
	scaleMin: nullableNum,
	scaleMax: nullableNum,
});

export const ModelDescriptionSchema = object({
	id: str,
	weights: array(ModelWeightSchema),
	fit: ModelFitSchema,
});

const RankAtYearSchema = nullableObject({ year: int, rank: int });

export const RankTrendSchema = object({
	targetYear: int,
	targetRank: int,
	years: array(
		object({
			year: int,
			rank: nullableInt,
			score: nullableNum,
			provenance: ProvenanceSchema,
			change: nullableInt,
		}),
	),
	latest: RankAtYearSchema,
	best: RankAtYearSchema,
	worst: RankAtYearSchema,
	yearsInTop10: array(int),
	trend: nullableObject({
		placesPerYear: num,
		intercept: num,
		rSquared: nullableNum,
		residualSd: nullableNum,
		n: int,
	}),
	projection: nullableObject({
		year: int,
		rank: int,
		low: nullableInt,
		high: nullableInt,
		level: num,
	}),
	status: stringEnum([
		"on-track",
		"off-track",
		"in-top10",
		"insufficient-data",
	] as const),
	placesPerYearNeeded: nullableNum,
});

export const MaySignalSchema = object({
	status: stringEnum(["ok", "insufficient-data"] as const),
	mayScore: num,
	expectedRank: nullableInt,
	low: nullableInt,
	high: nullableInt,
	level: num,
	pairsUsed: int,
	fit: nullableObject({
		relation: str,
		slope: num,
		intercept: num,
		rSquared: nullableNum,
		residualSd: nullableNum,
		n: int,
		years: array(int),
	}),
});

export const GapMunicipalitySchema = object({
	code: str,
	name: str,
	rank: nullableInt,
	score: nullableNum,
	provenance: ProvenanceSchema,
	scoreProvenance: NullableProvenanceSchema,
});

export const FactorGapSchema = object({
	factorId: str,
	label: str,
	kind: stringEnum(["survey", "statistic"] as const),
	weight: num,
	higherIsBetter: bool,
	ours: nullableNum,
	oursProvenance: NullableProvenanceSchema,
	numberTen: nullableNum,
	numberTenProvenance: NullableProvenanceSchema,
	top10Mean: nullableNum,
	top10Provenances: ProvenanceListSchema,
	gapToNumberTen: nullableNum,
	gapToTop10Mean: nullableNum,
	contribution: num,
	share: nullableNum,
});

const ChangeSchema = object({
	from: nullableNum,
	to: nullableNum,
	change: nullableNum,
});

export const RankChangeAttributionSchema = nullableObject({
	code: str,
	fromYear: int,
	toYear: int,
	publishedRank: ChangeSchema,
	modelledRank: ChangeSchema,
	modelledScore: ChangeSchema,
	factors: array(
		object({
			factorId: str,
			label: str,
			scoreFrom: nullableNum,
			scoreTo: nullableNum,
			meanFrom: nullableNum,
			meanTo: nullableNum,
			contribution: num,
		}),
	),
});

export const SmallestChangeSchema = nullableObject({
	code: str,
	targetRank: int,
	currentRank: int,
	alreadyThere: bool,
	thresholdScore: nullableNum,
	factors: array(
		object({
			factorId: str,
			label: str,
			current: nullableNum,
			needed: nullableNum,
			change: nullableNum,
			changeInSd: nullableNum,
			reachable: bool,
		}),
	),
});

const ModelledPositionSchema = object({ score: num, rank: int });

export const WhatIfResultSchema = object({
	code: str,
	before: ModelledPositionSchema,
	after: ModelledPositionSchema,
	placesClimbed: int,
	factors: array(
		object({
			factorId: str,
			label: str,
			from: nullableNum,
			to: nullableNum,
			change: nullableNum,
			modelledScoreChange: num,
		}),
	),
});

export const GradeBandSchema = object({
	id: stringEnum(GRADE_BAND_IDS),
	roundedNki: int,
});

export const InsiktValueSchema = object({
	year: int,
	municipalityCode: str,
	area: str,
	measure: str,
	value: nullableNum,
	responses: nullableInt,
	provenance: ProvenanceSchema,
});

export const InsiktSummarySchema = nullableObject({
	code: str,
	year: int,
	areas: array(
		object({
			area: str,
			value: num,
			responses: nullableInt,
			provenance: ProvenanceSchema,
			riket: nullableNum,
			topDecile: nullableNum,
			grade: GradeBandSchema,
			rank: nullableInt,
			rankedCount: int,
			trend: array(
				object({
					year: int,
					value: nullableNum,
					provenance: ProvenanceSchema,
					riket: nullableNum,
				}),
			),
		}),
	),
	weakestServiceFactors: array(
		object({ measure: str, value: num, riket: nullableNum }),
	),
	definitionBreaks: array(
		object({
			year: int,
			previousYear: int,
			added: array(str),
			removed: array(str),
		}),
	),
});

export const YearQuery = {
	type: "object",
	properties: {
		year: {
			type: "integer",
			minimum: 1990,
			maximum: 2100,
			description: "Ranking year, e.g. 2023; defaults to the latest",
		},
	},
	additionalProperties: false,
} as const;
