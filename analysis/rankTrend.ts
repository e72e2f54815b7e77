import type { RankPoint } from "../domain/figures.ts";
import { MUNICIPALITY_COUNT, TOP_RANK } from "../domain/ids.ts";
import { combineProvenances, type Provenance } from "../domain/provenance.ts";
import { linearFit, predictionInterval } from "./linearFit.ts";

/**
 * For a target year still ahead: on or off track by the projection, or already in the top; for a
 * target year that has passed: whether that year's rank reached the target.
 */
export const TREND_STATUSES = [
	"on-track",
	"off-track",
	"in-top10",
	"reached",
	"missed",
	"insufficient-data",
] as const;
export type TrendStatus = (typeof TREND_STATUSES)[number];

export interface RankTrendYear {
	year: number;
	rank: number | null;
	score: number | null;
	provenance: Provenance;
	scoreProvenance: Provenance | null;
	/** Previous ranked year's rank − this rank: positive = climbed. */
	change: number | null;
	/** Synthetic when either rank is. */
	changeProvenance: Provenance | null;
}

export interface RankAtYear {
	year: number;
	rank: number;
	provenance: Provenance;
}

export interface RankTrendLine {
	/** Negative = improving (moving towards rank 1). */
	placesPerYear: number;
	intercept: number;
	rSquared: number | null;
	residualSd: number | null;
	n: number;
	/** Synthetic when any fitted rank is. */
	provenance: Provenance;
}

export interface RankProjection {
	year: number;
	rank: number;
	/** 80 % prediction band, clamped to 1..maxRank; null with too few years. */
	low: number | null;
	high: number | null;
	level: number;
	provenance: Provenance;
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
	/** Provenance of what the status rests on: the projection, the latest rank or the target year's rank. */
	statusProvenance: Provenance | null;
	placesPerYearNeeded: number | null;
	placesPerYearNeededProvenance: Provenance | null;
	/** The rank of the target year, once it has one. */
	targetYearRank: RankAtYear | null;
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
	const ranked = years.flatMap(({ year, rank, provenance }) =>
		rank === null ? [] : [{ year, rank, provenance }],
	);
	const fitProvenance = combineProvenances(ranked.map((p) => p.provenance));
	const latest = ranked.at(-1) ?? null;
	const fit =
		ranked.length >= MIN_YEARS_FOR_TREND
			? linearFit(
					ranked.map((p) => p.year),
					ranked.map((p) => p.rank),
				)
			: null;
	const projection =
		fit && projectRank(fit, targetYear, maxRank, fitProvenance);
	const targetYearRank = ranked.find((p) => p.year === targetYear) ?? null;
	const status = statusOf(
		latest,
		projection,
		targetRank,
		targetYear,
		targetYearRank,
	);
	const needed = placesPerYearNeeded(latest, targetYear, targetRank);
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
			provenance: fitProvenance,
		},
		projection,
		status,
		statusProvenance: statusProvenanceOf(
			status,
			latest,
			projection,
			targetYearRank,
		),
		placesPerYearNeeded: needed,
		placesPerYearNeededProvenance:
			needed === null ? null : (latest?.provenance ?? null),
		targetYearRank,
	};
}

function withChanges(points: readonly RankPoint[]): RankTrendYear[] {
	let previous: { rank: number; provenance: Provenance } | null = null;
	return points.map(({ year, rank, score, provenance, scoreProvenance }) => {
		const hasChange = rank !== null && previous !== null;
		const change = hasChange ? (previous?.rank ?? 0) - (rank ?? 0) : null;
		const changeProvenance = hasChange
			? combineProvenances([previous?.provenance, provenance])
			: null;
		if (rank !== null) previous = { rank, provenance };
		return {
			year,
			rank,
			score,
			provenance,
			scoreProvenance: score === null ? null : (scoreProvenance ?? provenance),
			change,
			changeProvenance,
		};
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
	provenance: Provenance,
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
		provenance,
	};
}

/**
 * A passed target year is judged by its own rank; otherwise being in the top already needs no
 * trend, and else the projected rank decides.
 */
function statusOf(
	latest: RankAtYear | null,
	projection: RankProjection | null,
	targetRank: number,
	targetYear: number,
	targetYearRank: RankAtYear | null,
): TrendStatus {
	if (latest !== null && targetYear <= latest.year) {
		if (targetYearRank === null) return "insufficient-data";
		return targetYearRank.rank <= targetRank ? "reached" : "missed";
	}
	if (latest !== null && latest.rank <= targetRank) return "in-top10";
	if (projection === null) return "insufficient-data";
	return projection.rank <= targetRank ? "on-track" : "off-track";
}

function statusProvenanceOf(
	status: TrendStatus,
	latest: RankAtYear | null,
	projection: RankProjection | null,
	targetYearRank: RankAtYear | null,
): Provenance | null {
	if (status === "reached" || status === "missed")
		return targetYearRank?.provenance ?? null;
	if (status === "in-top10") return latest?.provenance ?? null;
	return projection?.provenance ?? null;
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
