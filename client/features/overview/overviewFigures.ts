import type {
	RankAtYear,
	RankProjection,
	TrendStatus,
} from "../../../analysis/rankTrend.ts";
import { SURVEY_SCORE_FACTOR_ID } from "../../../domain/ids.ts";
import type { Provenance } from "../../../domain/provenance.ts";
import type { GapReport } from "../../../server/schemas/gap.ts";
import type { Ranking } from "../../../server/schemas/ranking.ts";

/**
 * The key figures of one year, each with the provenance the API gave it: a derived figure
 * (change, places, pace, score gap, verdict, projection) is synthetic when any of its inputs is.
 */
export interface OverviewFigures {
	year: number;
	rank: number | null;
	rankProvenance: Provenance | null;
	/** The previous ranked year and the places gained since (positive = climbed). */
	previousYear: number | null;
	change: number | null;
	changeProvenance: Provenance | null;
	/** From the gap answer of the same year; null until it is loaded. */
	placesToTop10: number | null;
	placesProvenance: Provenance | null;
	/** Sammanfattande omdöme: ours, number 10's, and ours minus theirs. */
	score: number | null;
	scoreProvenance: Provenance | null;
	numberTenName: string | null;
	numberTenScore: number | null;
	numberTenScoreProvenance: Provenance | null;
	scoreGap: number | null;
	scoreGapProvenance: Provenance | null;
	targetYear: number;
	targetRank: number;
	status: TrendStatus;
	statusProvenance: Provenance | null;
	/** The rank of a target year that has passed, which the verdict rests on. */
	targetYearRank: RankAtYear | null;
	projection: RankProjection | null;
	placesPerYearNeeded: number | null;
	placesPerYearNeededProvenance: Provenance | null;
	/** Every provenance among the figures shown. */
	provenances: Provenance[];
}

/** The key figures for the Översikt cards, from the ranking answer as of the year and (when it loaded) the gap answer. */
export function overviewFigures(
	ranking: Ranking,
	gap: GapReport | null,
	year: number,
): OverviewFigures {
	const { trend } = ranking;
	const ranked = trend.years.filter((y) => y.rank !== null);
	const thisYear = ranked.find((y) => y.year === year) ?? null;
	const previous = ranked.filter((y) => y.year < year).at(-1) ?? null;
	const row = ranking.years.find((y) => y.year === year) ?? null;
	const sameYearGap = gap && gap.year === year ? gap : null;
	const summaryFactor =
		sameYearGap?.gap.factors.find(
			(f) => f.factorId === SURVEY_SCORE_FACTOR_ID,
		) ?? null;
	// The ranking answer carries our score with its own provenance; the factor table is the fallback.
	const score = row?.score ?? summaryFactor?.ours ?? null;
	const scoreProvenance =
		row?.score != null
			? row.scoreProvenance
			: (summaryFactor?.oursProvenance ?? null);
	const numberTenScore = summaryFactor?.numberTen ?? null;
	const scoreGap =
		summaryFactor?.gapToNumberTen != null && score !== null
			? -summaryFactor.gapToNumberTen
			: null;
	const figures = {
		year,
		rank: thisYear?.rank ?? null,
		rankProvenance: thisYear?.provenance ?? null,
		previousYear: previous?.year ?? null,
		change: thisYear?.change ?? null,
		changeProvenance: thisYear?.changeProvenance ?? null,
		placesToTop10: sameYearGap?.gap.placesToTop10 ?? null,
		placesProvenance: sameYearGap?.gap.rankProvenance ?? null,
		score,
		scoreProvenance,
		numberTenName: sameYearGap?.gap.numberTen?.name ?? null,
		numberTenScore,
		numberTenScoreProvenance: summaryFactor?.numberTenProvenance ?? null,
		scoreGap,
		scoreGapProvenance:
			scoreGap === null
				? null
				: (summaryFactor?.gapToNumberTenProvenance ?? null),
		targetYear: trend.targetYear,
		targetRank: trend.targetRank,
		status: trend.status,
		statusProvenance: trend.statusProvenance,
		targetYearRank: trend.targetYearRank,
		projection: trend.projection,
		placesPerYearNeeded: trend.placesPerYearNeeded,
		placesPerYearNeededProvenance: trend.placesPerYearNeededProvenance,
	};
	return {
		...figures,
		provenances: distinct([
			figures.rankProvenance,
			figures.changeProvenance,
			figures.placesProvenance,
			figures.scoreProvenance,
			figures.numberTenScoreProvenance,
			figures.scoreGapProvenance,
			figures.statusProvenance,
			figures.projection?.provenance,
			figures.placesPerYearNeededProvenance,
			figures.targetYearRank?.provenance,
		]),
	};
}

function distinct(list: readonly (Provenance | null | undefined)[]) {
	return [...new Set(list.filter((p): p is Provenance => p != null))].sort();
}

/** The provenance of the lead sentence: the rank, the places to the top 10 and the verdict it states. */
export function leadProvenances(figures: OverviewFigures): Provenance[] {
	return distinct([
		figures.rankProvenance,
		figures.placesProvenance,
		figures.statusProvenance,
		figures.targetYearRank?.provenance,
	]);
}

/** Every provenance Översikt shows: the ranking, the cards, number 10 and the neighbours, the May signal. */
export function overviewProvenances(
	ranking: Ranking,
	figures: OverviewFigures,
	gap: GapReport | null,
): Provenance[] {
	const { maySignal } = ranking;
	const shown: (Provenance | null)[] = [
		...ranking.provenances,
		...figures.provenances,
	];
	if (gap)
		for (const n of [
			...(gap.gap.numberTen ? [gap.gap.numberTen] : []),
			...gap.gap.neighbours.above,
			...gap.gap.neighbours.below,
		])
			shown.push(n.provenance, n.score === null ? null : n.scoreProvenance);
	if (maySignal)
		shown.push(
			maySignal.scoreProvenance,
			maySignal.actualRankProvenance,
			...maySignal.fitProvenances,
		);
	return distinct(shown);
}
