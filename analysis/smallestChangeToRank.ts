import type { MunicipalityYear } from "../domain/figures.ts";
import { TOP_RANK } from "../domain/ids.ts";
import type { Provenance } from "../domain/provenance.ts";
import {
	type FactorStandardisation,
	type Model,
	type ModelWeight,
	modelInputProvenance,
	modelledRankWith,
	modelledScore,
} from "./model.ts";

/** Why a factor alone cannot reach the target, each reason with what it means. */
const REASONS = {
	/** The value needed lies outside the factor's scale (e.g. above 6 on the survey scale). */
	"outside-scale": "outside the factor's scale",
	/** It is better than the best value any municipality had that year. */
	"beyond-best-observed": "beyond the year's best value",
	/** The factor cannot move the modelled total at all (no weight, or no spread that year). */
	"no-effect": "no effect on the model",
} as const;
export type UnreachableReason = keyof typeof REASONS;
/** The reasons as data, for the API schema; null in an answer where the value is within reach. */
export const UNREACHABLE_REASONS = Object.keys(REASONS) as UnreachableReason[];

export interface FactorChangeNeeded {
	factorId: string;
	label: string;
	current: number | null;
	/** The score that alone reaches the target rank, reachable or not; null when the factor cannot move the total. */
	needed: number | null;
	/** needed − current (a missing current counts as the year's mean). */
	change: number | null;
	/** The change in the factor's standard deviations, for comparing across scales. */
	changeInSd: number | null;
	/** True when `needed` is within the factor's scale and no better than the best value of the year. */
	reachable: boolean;
	/** Null when reachable. */
	reason: UnreachableReason | null;
	/** The best value any municipality had that year (the highest, or the lowest where lower is better). */
	bestObserved: number | null;
	scaleMin: number | null;
	scaleMax: number | null;
}

export interface CombinedFactorChange {
	factorId: string;
	label: string;
	current: number | null;
	/** The value to try, never beyond the best of the year or the scale. */
	to: number;
	change: number;
	changeInSd: number;
}

/**
 * A way to the target rank through two or three factors together, each kept within the best
 * value of the year and the factor's scale. "Cheapest" is the least sum of squared changes in
 * standard deviations, so two moderate changes count for less than one large one.
 */
export interface CombinedChange {
	size: number;
	factors: CombinedFactorChange[];
	/** Σ |change in sd|. */
	totalSd: number;
	/** The largest single change, in sd. */
	largestSd: number;
	/** The modelled rank with all of the changes applied, as the what-if computes it. */
	modelledRank: number;
}

export interface SmallestChangeResult {
	code: string;
	targetRank: number;
	/** The modelled rank without changes. */
	currentRank: number;
	alreadyThere: boolean;
	/** The modelled total that reaches targetRank; null when there are too few others to pass. */
	thresholdScore: number | null;
	/** Reachable factors first, then by the size of the change in sds. */
	factors: FactorChangeNeeded[];
	/** The cheapest way through two factors and through three, where there is one (empty when already there). */
	combinations: CombinedChange[];
	/** Every modelled figure rests on every municipality's factor values: synthetic if any is. */
	provenance: Provenance;
}

/** Paths through two and three factors: a plan through more is no longer a plan. */
const COMBINED_SIZES = [2, 3] as const;

/** For each factor: the score it alone would need for a modelled rank ≤ targetRank, and why it is out of reach. */
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
	const levers = model.weights.map((weight) =>
		leverOf(model, weight, row.factorScores[weight.factorId] ?? null, rows),
	);
	const factors = levers.map((lever) => neededForFactor(lever, shortfall));
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
		combinations:
			shortfall === 0
				? []
				: COMBINED_SIZES.flatMap((size) => {
						const found = cheapestCombination(
							model,
							row,
							levers,
							shortfall,
							size,
							targetRank,
						);
						return found ? [found] : [];
					}),
		provenance: modelInputProvenance(rows),
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

/** What one factor can do for the total: its weight share, spread, and how far it may go. */
interface Lever {
	factor: ModelWeight;
	current: number | null;
	/** Where a change starts: the current value, or the year's mean when it is missing. */
	from: number | null;
	sd: number | null;
	/** weight / Σ weights: how far one z unit of this factor moves the total. */
	share: number;
	/** +1 where higher is better, −1 where lower is. */
	direction: 1 | -1;
	bestObserved: number | null;
	/** The furthest the factor may go: the best value of the year, within the scale. */
	bound: number | null;
}

function leverOf(
	model: Model,
	factor: ModelWeight,
	current: number | null,
	rows: readonly MunicipalityYear[],
): Lever {
	const stats: FactorStandardisation | undefined = model.standardisation.find(
		(s) => s.factorId === factor.factorId,
	);
	const direction = factor.higherIsBetter ? 1 : -1;
	const best = bestObserved(rows, factor.factorId, direction);
	return {
		factor,
		current,
		from: current ?? stats?.mean ?? null,
		sd: stats?.sd ?? null,
		share: weightShare(model, factor),
		direction,
		bestObserved: best,
		bound: best === null ? null : clampToScale(factor, best),
	};
}

function neededForFactor(lever: Lever, shortfall: number): FactorChangeNeeded {
	const { factor, current } = lever;
	const base = {
		factorId: factor.factorId,
		label: factor.label,
		current,
		bestObserved: lever.bestObserved,
		scaleMin: factor.scaleMin,
		scaleMax: factor.scaleMax,
	};
	if (shortfall === 0) {
		return {
			...base,
			needed: current,
			change: 0,
			changeInSd: 0,
			reachable: true,
			reason: null,
		};
	}
	if (lever.sd === null || lever.from === null || lever.share <= 0) {
		return {
			...base,
			needed: null,
			change: null,
			changeInSd: null,
			reachable: false,
			reason: "no-effect",
		};
	}
	const zChange = withMargin(shortfall / lever.share);
	const needed = lever.from + lever.direction * zChange * lever.sd;
	const reason = !withinScale(factor, needed)
		? "outside-scale"
		: !noBetterThan(lever, needed)
			? "beyond-best-observed"
			: null;
	return {
		...base,
		needed,
		change: needed - lever.from,
		changeInSd: lever.direction * zChange,
		reachable: reason === null,
		reason,
	};
}

/** A hair over the exact amount, so that rounding cannot leave the total just short. */
function withMargin(z: number): number {
	return z * (1 + 1e-9) + 1e-12;
}

/**
 * Of every set of `size` factors that can move the total: the split with the least sum of squared
 * sd changes that reaches the shortfall, each factor within its bound (z = min(room, λ·share),
 * λ found by bisection), checked against the modelled rank itself.
 */
function cheapestCombination(
	model: Model,
	row: MunicipalityYear,
	levers: readonly Lever[],
	shortfall: number,
	size: number,
	targetRank: number,
): CombinedChange | null {
	const usable = levers
		.map((lever) => ({ lever, room: roomInZ(lever) }))
		.filter(({ lever, room }) => lever.share > 0 && room > 0);
	let best: { changes: CombinedFactorChange[]; cost: number } | null = null;
	for (const set of subsets(usable, size)) {
		const zs = spreadOver(set, shortfall);
		if (!zs) continue;
		const cost = zs.reduce((sum, z) => sum + z * z, 0);
		if (best && cost >= best.cost - 1e-12) continue;
		const changes = set.map(({ lever }, i) =>
			combinedChange(lever, zs[i] ?? 0),
		);
		if (rankWith(model, row, changes) <= targetRank) best = { changes, cost };
	}
	if (!best) return null;
	const sds = best.changes.map((c) => Math.abs(c.changeInSd));
	return {
		size,
		factors: [...best.changes].sort(
			(a, b) => Math.abs(b.changeInSd) - Math.abs(a.changeInSd),
		),
		totalSd: sds.reduce((sum, z) => sum + z, 0),
		largestSd: Math.max(...sds),
		modelledRank: rankWith(model, row, best.changes),
	};
}

function combinedChange(lever: Lever, z: number): CombinedFactorChange {
	const from = lever.from ?? 0;
	const to = from + lever.direction * z * (lever.sd ?? 0);
	return {
		factorId: lever.factor.factorId,
		label: lever.factor.label,
		current: lever.current,
		to,
		change: to - from,
		changeInSd: lever.direction * z,
	};
}

function rankWith(
	model: Model,
	row: MunicipalityYear,
	changes: readonly CombinedFactorChange[],
): number {
	const changed = { ...row.factorScores };
	for (const c of changes) changed[c.factorId] = c.to;
	return modelledRankWith(model, row.code, modelledScore(model, changed));
}

/** How many sds the factor can still improve before it passes the year's best (or its scale). */
function roomInZ(lever: Lever): number {
	if (lever.sd === null || lever.from === null || lever.bound === null)
		return 0;
	return Math.max(0, ((lever.bound - lever.from) * lever.direction) / lever.sd);
}

/**
 * The z changes z_i = min(room_i, λ·share_i) whose weighted sum covers the shortfall with the
 * least Σ z²; null when even every factor at its bound falls short.
 */
function spreadOver(
	set: readonly { lever: Lever; room: number }[],
	shortfall: number,
): number[] | null {
	const covered = (lambda: number) =>
		set.reduce(
			(sum, { lever, room }) =>
				sum + lever.share * Math.min(room, lambda * lever.share),
			0,
		);
	let high = Math.max(...set.map(({ lever, room }) => room / lever.share));
	if (covered(high) < shortfall) return null;
	let low = 0;
	for (let i = 0; i < 100; i++) {
		const middle = (low + high) / 2;
		if (covered(middle) >= shortfall) high = middle;
		else low = middle;
	}
	const lambda = withMargin(high);
	return set.map(({ lever, room }) => Math.min(room, lambda * lever.share));
}

/** Every subset of exactly `size` items, keeping the items' order. */
function* subsets<T>(items: readonly T[], size: number): Generator<T[]> {
	function* from(start: number, chosen: T[]): Generator<T[]> {
		if (chosen.length === size) {
			yield chosen;
			return;
		}
		for (let i = start; i < items.length; i++)
			yield* from(i + 1, [...chosen, items[i] as T]);
	}
	yield* from(0, []);
}

function weightShare(model: Model, factor: ModelWeight): number {
	const total = model.weights.reduce((sum, w) => sum + w.weight, 0);
	return total > 0 ? factor.weight / total : 0;
}

/** The best value municipalities actually had that year: a score beyond it is not a realistic aim. */
function bestObserved(
	rows: readonly MunicipalityYear[],
	factorId: string,
	direction: 1 | -1,
): number | null {
	const values = rows
		.map((r) => r.factorScores[factorId])
		.filter((v): v is number => typeof v === "number");
	if (values.length === 0) return null;
	return direction === 1 ? Math.max(...values) : Math.min(...values);
}

function noBetterThan(lever: Lever, value: number): boolean {
	return (
		lever.bestObserved === null ||
		(value - lever.bestObserved) * lever.direction <= 0
	);
}

function withinScale(factor: ModelWeight, value: number): boolean {
	if (factor.scaleMin !== null && value < factor.scaleMin) return false;
	return factor.scaleMax === null || value <= factor.scaleMax;
}

function clampToScale(factor: ModelWeight, value: number): number {
	const low = factor.scaleMin ?? Number.NEGATIVE_INFINITY;
	const high = factor.scaleMax ?? Number.POSITIVE_INFINITY;
	return Math.min(high, Math.max(low, value));
}
