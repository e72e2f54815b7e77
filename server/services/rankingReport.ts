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
import type { Provenance } from "../../domain/provenance.ts";
import type { Municipality } from "../schemas/municipalities.ts";
import type {
	MaySignalReport,
	Ranking,
	RankingQuery,
	RankingYear,
} from "../schemas/ranking.ts";
import type { ServiceContext } from "./context.ts";

/**
 * The rank trend with its projection, and the May survey signal of the latest survey year, over
 * the history window: the latest 15 years with ranks or scores, or every one from `from` on.
 * The trend line, its projection and the May signal are always fitted on the default window, so
 * asking for more (or less) history never changes the verdict for the target year.
 */
export function buildRankingReport(
	context: ServiceContext,
	municipality: Municipality,
	query: RankingQuery,
): Ranking {
	const { db, analysis } = context;
	const available = [...analysis.rankingYears(), ...analysis.scoreYears()];
	const shown = historyWindow(available, query.from);
	const fitted = historyWindow(available);
	const series = getRankingSeries(db, municipality.code, [
		...new Set([...shown.years, ...fitted.years]),
	]);
	const years = series.filter((y) => shown.years.includes(y.year));
	const fitYears = series.filter((y) => fitted.years.includes(y.year));
	const latestRanked = series.filter((y) => y.rank !== null).at(-1)?.year;
	const options = {
		targetYear:
			query.targetYear ?? (latestRanked ?? context.now().getUTCFullYear()) + 1,
		targetRank: query.targetRank ?? TOP_RANK,
	};
	const fit = computeRankTrend(rankPoints(fitYears), options);
	return {
		municipality,
		years,
		trend: {
			...computeRankTrend(rankPoints(years), options),
			trend: fit.trend,
			projection: fit.projection,
			status: fit.status,
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
	return years.map(({ year, rank, score, provenance }) => ({
		year,
		rank,
		score,
		provenance,
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
