import type { MunicipalityYear } from "../domain/figures.ts";
import { TOP_RANK } from "../domain/ids.ts";
import {
	type Model,
	type ModelWeight,
	modelledRankWith,
	modelledScore,
} from "./model.ts";

export interface FactorChangeNeeded {
	factorId: string;
	label: string;
	current: number | null;
	/** The score that alone reaches the target rank; null when the factor cannot move the total. */
	needed: number | null;
	/** needed − current (a missing current counts as the year's mean). */
	change: number | null;
	/** The change in the factor's standard deviations, for comparing across scales. */
	changeInSd: number | null;
	/** False when the needed score is outside the factor's scale, beyond what any municipality had that year, or the factor cannot move the total. */
	reachable: boolean;
}

export interface SmallestChangeResult {
	code: string;
	targetRank: number;
	currentRank: number;
	alreadyThere: boolean;
	/** The modelled total that reaches targetRank; null when there are too few others to pass. */
	thresholdScore: number | null;
	/** Reachable factors first, then by the size of the change in sds. */
	factors: FactorChangeNeeded[];
}

/** For each factor: the score it alone would need for a modelled rank ≤ targetRank. */
export function smallestChangeToRank(
	model: Model,
	rows: readonly MunicipalityYear[],
	code: string,
	targetRank = TOP_RANK,
): SmallestChangeResult | null {
	const row = rows.find((r) => r.code === code);
	if (!row) return null;
	const current = modelledScore(model, row.factorScores);
	const threshold = thresholdScore(model, code, targetRank);
	const shortfall = threshold === null ? 0 : Math.max(0, threshold - current);
	const factors = model.weights.map((weight) =>
		neededForFactor(
			model,
			weight,
			row.factorScores[weight.factorId] ?? null,
			shortfall,
			observedRange(rows, weight.factorId),
		),
	);
	return {
		code,
		targetRank,
		currentRank: modelledRankWith(model, code, current),
		alreadyThere: shortfall === 0,
		thresholdScore: threshold,
		factors: factors.sort(
			(a, b) =>
				Number(b.reachable) - Number(a.reachable) ||
				Math.abs(a.changeInSd ?? 0) - Math.abs(b.changeInSd ?? 0),
		),
	};
}

/** The targetRank-th best total among the others: matching it ties that place. */
function thresholdScore(
	model: Model,
	code: string,
	targetRank: number,
): number | null {
	const others = Object.entries(model.scores)
		.filter(([other]) => other !== code)
		.map(([, score]) => score)
		.sort((a, b) => b - a);
	return others[targetRank - 1] ?? null;
}

function neededForFactor(
	model: Model,
	factor: ModelWeight,
	current: number | null,
	shortfall: number,
	observed: Range | null,
): FactorChangeNeeded {
	const base = { factorId: factor.factorId, label: factor.label, current };
	if (shortfall === 0) {
		return {
			...base,
			needed: current,
			change: 0,
			changeInSd: 0,
			reachable: true,
		};
	}
	const stats = model.standardisation.find(
		(s) => s.factorId === factor.factorId,
	);
	const share = weightShare(model, factor);
	if (!stats || stats.mean === null || stats.sd === null || share <= 0) {
		return {
			...base,
			needed: null,
			change: null,
			changeInSd: null,
			reachable: false,
		};
	}
	// A hair over the exact amount, so that rounding cannot leave the total just short.
	const zChange = (shortfall / share) * (1 + 1e-9) + 1e-12;
	const direction = factor.higherIsBetter ? 1 : -1;
	const from = current ?? stats.mean;
	const needed = from + direction * zChange * stats.sd;
	return {
		...base,
		needed,
		change: needed - from,
		changeInSd: direction * zChange,
		reachable: withinScale(factor, needed) && withinRange(observed, needed),
	};
}

/** weight / Σ weights: how far one z unit of this factor moves the total. */
function weightShare(model: Model, factor: ModelWeight): number {
	const total = model.weights.reduce((sum, w) => sum + w.weight, 0);
	return total > 0 ? factor.weight / total : 0;
}

interface Range {
	min: number;
	max: number;
}

/** The values municipalities actually had that year: a score beyond the best is not a realistic aim. */
function observedRange(
	rows: readonly MunicipalityYear[],
	factorId: string,
): Range | null {
	const values = rows
		.map((r) => r.factorScores[factorId])
		.filter((v): v is number => typeof v === "number");
	return values.length === 0
		? null
		: { min: Math.min(...values), max: Math.max(...values) };
}

function withinRange(range: Range | null, value: number): boolean {
	return range === null || (value >= range.min && value <= range.max);
}

function withinScale(factor: ModelWeight, value: number): boolean {
	if (factor.scaleMin !== null && value < factor.scaleMin) return false;
	return factor.scaleMax === null || value <= factor.scaleMax;
}
