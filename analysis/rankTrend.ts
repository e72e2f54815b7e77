import type { RankPoint } from "../domain/figures.ts";
import { MUNICIPALITY_COUNT, TOP_RANK } from "../domain/ids.ts";
import type { Provenance } from "../domain/provenance.ts";
import { linearFit, predictionInterval } from "./linearFit.ts";

export type TrendStatus =
	| "on-track"
	| "off-track"
	| "in-top10"
	| "insufficient-data";

export interface RankTrendYear {
	year: number;
	rank: number | null;
	score: number | null;
	provenance: Provenance;
	/** Previous ranked year's rank − this rank: positive = climbed. */
	change: number | null;
}

export interface RankAtYear {
	year: number;
	rank: number;
}

export interface RankTrendLine {
	/** Negative = improving (moving towards rank 1). */
	placesPerYear: number;
	intercept: number;
	rSquared: number | null;
	residualSd: number | null;
	n: number;
}

export interface RankProjection {
	year: number;
	rank: number;
	/** 80 % prediction band, clamped to 1..maxRank; null with too few years. */
	low: number | null;
	high: number | null;
	level: number;
}

export interface RankTrend {
	targetYear: number;
	targetRank: number;
	years: RankTrendYear[];
	latest: RankAtYear | null;
	best: RankAtYear | null;
	worst: RankAtYear | null;
	yearsInTop10: number[];
	trend: RankTrendLine | null;
	projection: RankProjection | null;
	status: TrendStatus;
	placesPerYearNeeded: number | null;
}

export interface RankTrendOptions {
	targetYear: number;
	targetRank?: number;
	/** Number of ranked municipalities; projections are clamped to 1..maxRank. */
	maxRank?: number;
}

const MIN_YEARS_FOR_TREND = 3;

export function computeRankTrend(
	points: readonly RankPoint[],
	{
		targetYear,
		targetRank = TOP_RANK,
		maxRank = MUNICIPALITY_COUNT,
	}: RankTrendOptions,
): RankTrend {
	const years = withChanges([...points].sort((a, b) => a.year - b.year));
	const ranked = years.flatMap(({ year, rank }) =>
		rank === null ? [] : [{ year, rank }],
	);
	const latest = ranked.at(-1) ?? null;
	const fit =
		ranked.length >= MIN_YEARS_FOR_TREND
			? linearFit(
					ranked.map((p) => p.year),
					ranked.map((p) => p.rank),
				)
			: null;
	const projection = fit && projectRank(fit, targetYear, maxRank);
	return {
		targetYear,
		targetRank,
		years,
		latest,
		// Ties go to the earliest year.
		best: pick(ranked, (a, b) => a.rank < b.rank),
		worst: pick(ranked, (a, b) => a.rank > b.rank),
		yearsInTop10: ranked.filter((p) => p.rank <= TOP_RANK).map((p) => p.year),
		trend: fit && {
			placesPerYear: fit.slope,
			intercept: fit.intercept,
			rSquared: fit.rSquared,
			residualSd: fit.residualSd,
			n: fit.n,
		},
		projection,
		status: statusOf(latest, projection, targetRank),
		placesPerYearNeeded: placesPerYearNeeded(latest, targetYear, targetRank),
	};
}

function withChanges(points: readonly RankPoint[]): RankTrendYear[] {
	let previousRank: number | null = null;
	return points.map(({ year, rank, score, provenance }) => {
		const change =
			rank !== null && previousRank !== null ? previousRank - rank : null;
		if (rank !== null) previousRank = rank;
		return { year, rank, score, provenance, change };
	});
}

function pick(
	ranked: readonly RankAtYear[],
	isBetter: (a: RankAtYear, b: RankAtYear) => boolean,
): RankAtYear | null {
	return ranked.reduce<RankAtYear | null>(
		(chosen, p) => (chosen === null || isBetter(p, chosen) ? p : chosen),
		null,
	);
}

function projectRank(
	fit: NonNullable<ReturnType<typeof linearFit>>,
	year: number,
	maxRank: number,
): RankProjection {
	const { estimate, low, high, level } = predictionInterval(fit, year);
	const clamp = (rank: number) =>
		Math.round(Math.min(maxRank, Math.max(1, rank)));
	return {
		year,
		rank: clamp(estimate),
		low: low === null ? null : clamp(low),
		high: high === null ? null : clamp(high),
		level,
	};
}

/** Being in the top already needs no trend; otherwise the projected rank decides. */
function statusOf(
	latest: RankAtYear | null,
	projection: RankProjection | null,
	targetRank: number,
): TrendStatus {
	if (latest !== null && latest.rank <= targetRank) return "in-top10";
	if (projection === null) return "insufficient-data";
	return projection.rank <= targetRank ? "on-track" : "off-track";
}

function placesPerYearNeeded(
	latest: RankAtYear | null,
	targetYear: number,
	targetRank: number,
): number | null {
	if (latest === null || latest.rank <= targetRank) return null;
	if (targetYear <= latest.year) return null;
	return (latest.rank - targetRank) / (targetYear - latest.year);
}
