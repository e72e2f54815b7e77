import type { FactorDef, MunicipalityYear } from "../domain/figures.ts";
import { type ModelFit, measureFit } from "./measureFit.ts";
import { buildModel, type Model } from "./model.ts";

/** One year's stored results: every municipality's rank and factor scores, and the factor table. */
export interface YearResults {
	year: number;
	rows: readonly MunicipalityYear[];
	factors: readonly FactorDef[];
}

/** A year's results with the model built on them and its fit to that year's published ranks. */
export interface YearModel<R extends YearResults = YearResults> {
	results: R;
	model: Model;
	fit: ModelFit;
}

/** Builds the model once per year; callers (the server's cache) keep it and pass it on. */
export function buildYearModel<R extends YearResults>(
	results: R,
): YearModel<R> {
	const model = buildModel(results.rows, results.factors);
	return { results, model, fit: measureFit(model, results.rows) };
}
