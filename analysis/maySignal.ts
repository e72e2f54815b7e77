import type { MaySignalPair } from "../domain/figures.ts";
import { MUNICIPALITY_COUNT } from "../domain/ids.ts";
import { linearFit, predictionInterval } from "./linearFit.ts";

export interface MaySignalFit {
	/** The fitted relation, ln(rank) = intercept + slope × score. */
	relation: "ln-rank-by-score";
	/** Change of ln(rank) per survey point; negative = a better score, a better rank. */
	slope: number;
	intercept: number;
	/** On the ln(rank) scale. */
	rSquared: number | null;
	residualSd: number | null;
	n: number;
	years: number[];
}

export interface MaySignal {
	status: "ok" | "insufficient-data";
	mayScore: number;
	/** Rounded and clamped to 1..maxRank. */
	expectedRank: number | null;
	/** 80 % prediction band for one municipality's rank. */
	low: number | null;
	high: number | null;
	level: number;
	/** Complete pairs found, also when too few to fit. */
	pairsUsed: number;
	fit: MaySignalFit | null;
}

export const MIN_MAY_SIGNAL_PAIRS = 20;

/**
 * Expected September rank for a May score, from a straight line ln(rank) ~ score fitted to past
 * years' pairs. On the log scale a point of score moves a top rank a few places and a low rank
 * many, as in the published lists, and the band cannot run below rank 1. Pass only years whose
 * September rank is known.
 */
export function computeMaySignal(
	pairs: readonly MaySignalPair[],
	mayScore: number,
	{ maxRank = MUNICIPALITY_COUNT }: { maxRank?: number } = {},
): MaySignal {
	const complete = pairs.flatMap(
		({ year, mayScore: score, septemberRank: rank }) =>
			score === null || rank === null ? [] : [{ year, score, rank }],
	);
	const fit =
		complete.length >= MIN_MAY_SIGNAL_PAIRS
			? linearFit(
					complete.map((p) => p.score),
					complete.map((p) => Math.log(p.rank)),
				)
			: null;
	const base = { mayScore, level: 0.8, pairsUsed: complete.length };
	if (!fit) {
		return {
			...base,
			status: "insufficient-data",
			expectedRank: null,
			low: null,
			high: null,
			fit: null,
		};
	}
	const interval = predictionInterval(fit, mayScore);
	const clamp = (logRank: number | null) =>
		logRank === null
			? null
			: Math.round(Math.min(maxRank, Math.max(1, Math.exp(logRank))));
	return {
		...base,
		status: "ok",
		expectedRank: clamp(interval.estimate),
		low: clamp(interval.low),
		high: clamp(interval.high),
		fit: {
			relation: "ln-rank-by-score",
			slope: fit.slope,
			intercept: fit.intercept,
			rSquared: fit.rSquared,
			residualSd: fit.residualSd,
			n: fit.n,
			years: [...new Set(complete.map((p) => p.year))].sort((a, b) => a - b),
		},
	};
}
