import type { ModelDescription } from "../schemas/gap.ts";
import type { YearModel } from "./analysisCache.ts";

export function describeModel({ model, fit }: YearModel): ModelDescription {
	return {
		name: model.name,
		description: model.description,
		weights: model.weights,
		fit,
	};
}
