import type {
	RankProjection,
	TrendStatus,
} from "../../../analysis/rankTrend.ts";
import { SURVEY_SCORE_FACTOR_ID } from "../../../domain/ids.ts";
import type { Provenance } from "../../../domain/provenance.ts";
import type { GapReport } from "../../../server/schemas/gap.ts";
import type { Ranking } from "../../../server/schemas/ranking.ts";

export interface OverviewFigures {
	year: number;
	rank: number | null;
	rankProvenance: Provenance | null;
	/** The previous ranked year and the places gained since (positive = climbed). */
	previousYear: number | null;
	change: number | null;
	/** From the gap answer of the same year; null until it is loaded. */
	placesToTop10: number | null;
	/** Sammanfattande omdöme: ours, number 10's, and ours minus theirs. */
	score: number | null;
	scoreProvenance: Provenance | null;
	numberTenName: string | null;
	numberTenScore: number | null;
	scoreGap: number | null;
	targetYear: number;
	targetRank: number;
	status: TrendStatus;
	projection: RankProjection | null;
	placesPerYearNeeded: number | null;
	/** Every provenance among the figures shown. */
	provenances: Provenance[];
}

/** The key figures for the Översikt cards, from the ranking answer and (when it loaded) the gap answer. */
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
	const rank = thisYear?.rank ?? null;
	const sameYearGap = gap && gap.year === year ? gap : null;
	const summaryFactor =
		sameYearGap?.gap.factors.find(
			(f) => f.factorId === SURVEY_SCORE_FACTOR_ID,
		) ?? null;
	// The ranking answer carries the exact provenance of our score; the factor table is the fallback.
	const ownScore = row?.score ?? null;
	const factorProvenance = (sameYearGap?.provenance.factors ?? []).includes(
		"synthetic",
	)
		? ("synthetic" as const)
		: (sameYearGap?.provenance.factors[0] ?? null);
	const score = ownScore ?? summaryFactor?.ours ?? null;
	const scoreProvenance =
		ownScore !== null
			? (row?.scoreProvenance ?? null)
			: score !== null
				? factorProvenance
				: null;
	const numberTen = sameYearGap?.gap.numberTen ?? null;
	const numberTenScore = summaryFactor?.numberTen ?? numberTen?.score ?? null;
	const provenances = new Set<Provenance>();
	if (thisYear) provenances.add(thisYear.provenance);
	if (scoreProvenance) provenances.add(scoreProvenance);
	if (numberTen) provenances.add(numberTen.provenance);
	if (summaryFactor?.numberTen != null && factorProvenance)
		provenances.add(factorProvenance);
	return {
		year,
		rank,
		rankProvenance: thisYear?.provenance ?? null,
		previousYear: previous?.year ?? null,
		change:
			rank !== null && previous?.rank != null ? previous.rank - rank : null,
		placesToTop10: sameYearGap?.gap.placesToTop10 ?? null,
		score,
		scoreProvenance,
		numberTenName: numberTen?.name ?? null,
		numberTenScore,
		scoreGap:
			score !== null && numberTenScore !== null ? score - numberTenScore : null,
		targetYear: trend.targetYear,
		targetRank: trend.targetRank,
		status: trend.status,
		projection: trend.projection,
		placesPerYearNeeded: trend.placesPerYearNeeded,
		provenances: [...provenances].sort(),
	};
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
		shown.push(
			gap.gap.numberTen?.provenance ?? null,
			...gap.gap.neighbours.above.map((n) => n.provenance),
			...gap.gap.neighbours.below.map((n) => n.provenance),
		);
	if (maySignal)
		shown.push(
			maySignal.scoreProvenance,
			maySignal.actualRankProvenance,
			...maySignal.fitProvenances,
		);
	return shown.filter((p): p is Provenance => p !== null);
}
