import type { FactorGap } from "../../../analysis/gapToTop10.ts";
import type { ModelWeight } from "../../../analysis/model.ts";
import type { FactorAttribution } from "../../../analysis/rankChangeAttribution.ts";
import {
	type NiceAxis,
	niceAxis,
	niceStep,
	stepDigits,
} from "../../charts/util/niceTicks.ts";

/** Svenskt Näringsliv's survey answers run from 1 (very poor) to 6 (excellent). */
const SURVEY_SCALE = [1, 6] as const;

export interface SliderSpec {
	min: number;
	max: number;
	step: number;
	digits: number;
}

const roundTo = (value: number, step: number) =>
	Number((Math.round(value / step) * step).toFixed(stepDigits(step)));

/**
 * The slider for one factor: the factor's own scale when the data gives one (survey 1–6 in steps of
 * 0.01), otherwise a range around our value, number 10's, the top-10 mean and any value it must
 * reach (the best of the year, so every step of a smallest-change path can be tried).
 */
export function sliderSpec(
	weight: Pick<ModelWeight, "scaleMin" | "scaleMax">,
	gap: Pick<FactorGap, "ours" | "numberTen" | "top10Mean"> | undefined,
	cover: readonly (number | null | undefined)[] = [],
): SliderSpec {
	if (
		weight.scaleMin !== null &&
		weight.scaleMax !== null &&
		weight.scaleMax > weight.scaleMin
	) {
		const range = weight.scaleMax - weight.scaleMin;
		const step = range <= 10 ? 0.01 : niceStep(range / 500);
		return {
			min: weight.scaleMin,
			max: weight.scaleMax,
			step,
			digits: stepDigits(step),
		};
	}
	const known = [gap?.ours, gap?.numberTen, gap?.top10Mean, ...cover].filter(
		(v): v is number => typeof v === "number" && Number.isFinite(v),
	);
	if (known.length === 0) return { min: 0, max: 100, step: 0.1, digits: 1 };
	const low = Math.min(...known);
	const high = Math.max(...known);
	const span = Math.max(high - low, Math.abs(high) * 0.25, 1);
	const step = niceStep((span * 3) / 500);
	return {
		min: roundTo(low - span, step),
		max: roundTo(high + span, step),
		step,
		digits: stepDigits(step),
	};
}

export function clampToSlider(value: number, spec: SliderSpec): number {
	return roundTo(Math.min(spec.max, Math.max(spec.min, value)), spec.step);
}

/**
 * A value the model says is needed, put on the slider's step without falling short: rounded up
 * where higher is better, down where lower is. Null when it lies outside the slider.
 */
export function neededOnSlider(
	value: number,
	spec: SliderSpec,
	higherIsBetter: boolean,
): number | null {
	const tolerance = spec.step * 1e-6;
	if (value < spec.min - tolerance || value > spec.max + tolerance) return null;
	const steps = (value - spec.min) / spec.step;
	const whole = higherIsBetter
		? Math.ceil(steps - 1e-9)
		: Math.floor(steps + 1e-9);
	return clampToSlider(spec.min + whole * spec.step, spec);
}

/** Keeps only what-if values for the year's factors, clamped to each slider. */
export function validChanges(
	changes: Record<string, number>,
	specs: ReadonlyMap<string, SliderSpec>,
): Record<string, number> {
	const valid: Record<string, number> = {};
	for (const [id, value] of Object.entries(changes)) {
		const spec = specs.get(id);
		if (spec) valid[id] = clampToSlider(value, spec);
	}
	return valid;
}

/** Drops values equal to the current score: they change nothing and only clutter the URL. */
export function effectiveChanges(
	changes: Record<string, number>,
	current: ReadonlyMap<string, number | null>,
	specs: ReadonlyMap<string, SliderSpec>,
): Record<string, number> {
	const kept: Record<string, number> = {};
	for (const [id, value] of Object.entries(changes)) {
		const now = current.get(id);
		const step = specs.get(id)?.step ?? 0;
		if (now === null || now === undefined || Math.abs(now - value) > step / 2)
			kept[id] = value;
	}
	return kept;
}

export interface ShareRow {
	factorId: string;
	label: string;
	kind: FactorGap["kind"];
	/** Share of the modelled gap, 0..1 (0 for factors that do not hold us back). */
	share: number;
	contribution: number;
}

/** Factors by the share of the modelled gap they explain, largest first. */
export function shareRows(factors: readonly FactorGap[]): ShareRow[] {
	return factors
		.map((f) => ({
			factorId: f.factorId,
			label: f.label,
			kind: f.kind,
			share: f.share ?? 0,
			contribution: f.contribution,
		}))
		.sort((a, b) => b.share - a.share || b.contribution - a.contribution);
}

/** The survey axis: from the scale's 1 to the next whole point past the highest bar, within 6. */
export function scoreAxis(
	rows: readonly {
		ours: number | null;
		numberTen: number | null;
		top10Mean: number | null;
	}[],
): NiceAxis {
	const highest = Math.max(
		...rows.flatMap((r) => [r.ours ?? 0, r.numberTen ?? 0, r.top10Mean ?? 0]),
	);
	return niceAxis(SURVEY_SCALE[0], highest, { within: SURVEY_SCALE });
}

/** From 0 % (or a real negative share) to a round share past the largest, at least 5 %. */
export function shareAxis(shares: readonly number[]): NiceAxis {
	const lowest = Math.min(0, ...shares);
	// A tiny negative share (a factor that barely helps) should not push the axis below 0 %.
	const low = lowest < -0.005 ? lowest : 0;
	return niceAxis(low, Math.max(0.05, ...shares), { maxTicks: 8 });
}

export interface AttributionRow {
	factorId: string;
	label: string;
	contribution: number;
}

/** Factors that moved the modelled total, largest effect first; the rest are left out. */
export function attributionRows(
	factors: readonly FactorAttribution[],
	limit = 10,
): AttributionRow[] {
	return factors
		.filter((f) => Math.abs(f.contribution) > 1e-9)
		.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))
		.slice(0, limit)
		.map(({ factorId, label, contribution }) => ({
			factorId,
			label,
			contribution,
		}));
}

/** Decimals that suit a factor's values: survey scores 1–6 get two. */
export function factorDigits(
	kind: "survey" | "statistic",
	value: number | null,
): number {
	if (kind === "survey") return 2;
	const size = Math.abs(value ?? 0);
	return size >= 100 ? 0 : size >= 10 ? 1 : 2;
}
