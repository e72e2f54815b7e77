import type { ModelWeight } from "../../../analysis/model.ts";
import type { GapReport } from "../../../server/schemas/gap.ts";
import { type SliderSpec, sliderSpec } from "./factorData.ts";

/**
 * One slider per factor of the year, in the gap's order. Each covers our value, number 10's, the
 * top-10 mean and the best value of the year, so every value the smallest change proposes (never
 * beyond the year's best) can be tried on the sliders and gives the same modelled rank.
 */
export function factorSliders(report: GapReport) {
	const gapById = new Map(report.gap.factors.map((f) => [f.factorId, f]));
	const order = new Map(report.gap.factors.map((f, i) => [f.factorId, i]));
	const best = new Map(
		(report.smallestChange?.factors ?? []).map((f) => [
			f.factorId,
			f.bestObserved,
		]),
	);
	const weights: ModelWeight[] = [...report.model.weights].sort(
		(a, b) => (order.get(a.factorId) ?? 99) - (order.get(b.factorId) ?? 99),
	);
	const specs = new Map<string, SliderSpec>(
		weights.map((w) => [
			w.factorId,
			sliderSpec(w, gapById.get(w.factorId), [best.get(w.factorId)]),
		]),
	);
	const current = new Map(
		weights.map((w) => [w.factorId, gapById.get(w.factorId)?.ours ?? null]),
	);
	return { gapById, weights, specs, current };
}
