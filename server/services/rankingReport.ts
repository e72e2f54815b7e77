import { historyWindow, subjectHistory } from "../../analysis/historyWindow.ts";
import { computeMaySignal } from "../../analysis/maySignal.ts";
import { computeRankTrend } from "../../analysis/rankTrend.ts";
import {
	findFirstRankingYear,
	getRankingSeries,
} from "../../db/queries/ranking/getRankingSeries.ts";
import { listMaySignalPairs } from "../../db/queries/ranking/listMaySignalPairs.ts";
import type { RankPoint } from "../../domain/figures.ts";
import { TOP_RANK } from "../../domain/ids.ts";
import {
	combineProvenances,
	type Provenance,
} from "../../domain/provenance.ts";
import type { Municipality } from "../schemas/municipalities.ts";
import type {
	MaySignalReport,
	Ranking,
	RankingQuery,
	RankingYear,
} from "../schemas/ranking.ts";
import type { ServiceContext } from "./context.ts";
import { noRankingFor } from "./rankingYear.ts";
import type { Refusal } from "./refusal.ts";

/**
 * What was known in year Y (`asOf`, default the latest complete ranking year): the rank trend
 * with its projection, the pace needed from Y's rank, and the May signal of Y, all fitted on the
 * latest 15 years up to Y; and the history window to draw (the latest 15 years with ranks or
 * scores, or every one from `from` on), later years included and left for the page to mark.
 * Asking for more or less history never changes the verdict for the target year.
 */
export function buildRankingReport(
	context: ServiceContext,
	municipality: Municipality,
	query: RankingQuery,
): Ranking | Refusal {
	const { db, analysis } = context;
	const available = [...analysis.rankingYears(), ...analysis.scoreYears()];
	const asOf = query.year ?? analysis.defaultRankingYear() ?? available.at(-1);
	if (asOf === undefined || !available.includes(asOf))
		return noRankingFor(asOf, analysis.rankingYears());
	const shown = historyWindow(available, query.from);
	const fitted = historyWindow(available.filter((year) => year <= asOf));
	const series = getRankingSeries(db, municipality.code, [
		...new Set([...shown.years, ...fitted.years]),
	]);
	const years = series.filter((y) => shown.years.includes(y.year));
	const fitYears = series.filter((y) => fitted.years.includes(y.year));
	const options = {
		targetYear: query.targetYear ?? asOf + 1,
		targetRank: query.targetRank ?? TOP_RANK,
	};
	const known = computeRankTrend(rankPoints(fitYears), options);
	return {
		municipality,
		asOf,
		years,
		trend: {
			...known,
			// Every drawn year with its change; the verdicts above use only years up to asOf.
			years: computeRankTrend(rankPoints(years), options).years,
		},
		maySignal: buildMaySignal(db, fitYears, fitted.years),
		provenances: provenancesOf(years),
		history: subjectHistory(
			shown,
			findFirstRankingYear(db, municipality.code, shown.earlier),
			years[0]?.year ?? null,
		),
	};
}

function rankPoints(years: RankingYear[]): RankPoint[] {
	return years.map(({ year, rank, score, provenance, scoreProvenance }) => ({
		year,
		rank,
		score,
		provenance,
		scoreProvenance,
	}));
}

/** The signal of the latest survey score, fitted on the earlier years of the default window. */
function buildMaySignal(
	db: ServiceContext["db"],
	years: RankingYear[],
	windowYears: readonly number[],
): MaySignalReport | null {
	const latest = years
		.filter((y) => y.score !== null && y.scoreProvenance !== null)
		.at(-1);
	if (!latest || latest.score === null || latest.scoreProvenance === null)
		return null;
	const pastPairs = listMaySignalPairs(
		db,
		windowYears.filter((year) => year < latest.year),
	);
	const fitProvenances = new Set<Provenance>();
	for (const pair of pastPairs)
		fitProvenances.add(pair.scoreProvenance).add(pair.rankProvenance);
	return {
		year: latest.year,
		score: latest.score,
		scoreProvenance: latest.scoreProvenance,
		actualRank: latest.rank,
		actualRankProvenance: latest.rank === null ? null : latest.provenance,
		signal: computeMaySignal(pastPairs, latest.score),
		fitProvenances: [...fitProvenances].sort(),
		expectedRankProvenance: combineProvenances([
			latest.scoreProvenance,
			...fitProvenances,
		]),
	};
}

function provenancesOf(years: RankingYear[]): Provenance[] {
	const all = new Set<Provenance>();
	for (const y of years) {
		if (y.rank !== null) all.add(y.provenance);
		if (y.scoreProvenance) all.add(y.scoreProvenance);
	}
	return [...all].sort();
}
