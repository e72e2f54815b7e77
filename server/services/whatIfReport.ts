import type { ModelWeight } from "../../analysis/model.ts";
import { smallestChangeToRank } from "../../analysis/smallestChangeToRank.ts";
import { whatIf } from "../../analysis/whatIf.ts";
import type { Municipality } from "../schemas/municipalities.ts";
import type { WhatIfReport, WhatIfRequest } from "../schemas/whatIf.ts";
import type { ServiceContext } from "./context.ts";
import { describeModel } from "./describeModel.ts";
import { chooseCompleteRankingYear } from "./rankingYear.ts";
import { type Refusal, refuse } from "./refusal.ts";

/** The modelled rank before and after trying new factor scores, with the model's measured fit. */
export function buildWhatIfReport(
	context: ServiceContext,
	municipality: Municipality,
	request: WhatIfRequest,
): WhatIfReport | Refusal {
	const chosen = chooseCompleteRankingYear(context, request.year);
	if ("refused" in chosen) return chosen;
	const yearModel = context.analysis.yearModel(request.year);
	const problem = findInvalidChange(
		yearModel.model.weights,
		request.changes,
		request.year,
	);
	if (problem) return problem;
	const result = whatIf(
		yearModel.model,
		yearModel.results.rows,
		municipality.code,
		request.changes,
	);
	if (!result)
		return refuse(
			404,
			"no_ranking",
			`${municipality.name} has no ranking for ${request.year}.`,
		);
	return {
		municipality,
		year: request.year,
		model: describeModel(yearModel),
		result,
		smallestChange: smallestChangeToRank(
			yearModel.model,
			yearModel.results.rows,
			municipality.code,
			10,
		),
	};
}

function findInvalidChange(
	weights: ModelWeight[],
	changes: Record<string, number>,
	year: number,
): Refusal | null {
	for (const [factorId, value] of Object.entries(changes)) {
		const factor = weights.find((w) => w.factorId === factorId);
		if (!factor) {
			const known = weights.map((w) => w.factorId).join(", ");
			return refuse(
				400,
				"unknown_factor",
				`"${factorId}" is not a factor of ${year}. Factors that year: ${known}.`,
			);
		}
		const below = factor.scaleMin !== null && value < factor.scaleMin;
		const above = factor.scaleMax !== null && value > factor.scaleMax;
		if (below || above) {
			return refuse(
				400,
				"out_of_scale",
				`${factor.label} must be between ${factor.scaleMin} and ${factor.scaleMax}; got ${value}.`,
			);
		}
	}
	return null;
}
