import type { ModelDescription } from "../schemas/analysis.ts";
import type { YearModel } from "./analysisCache.ts";

export function describeModel({ model, fit }: YearModel): ModelDescription {
	return {
		id: model.id,
		weights: model.weights,
		fit,
	};
}
