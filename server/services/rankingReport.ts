import { getRankingSeries } from "../../db/queries/ranking/getRankingSeries.ts";
import { listMaySignalPairs } from "../../db/queries/ranking/listMaySignalPairs.ts";
import type { Provenance } from "../../db/schema.ts";
import { computeMaySignal } from "../analysis/maySignal.ts";
import { computeRankTrend } from "../analysis/rankTrend.ts";
import type { Municipality } from "../schemas/municipalities.ts";
import type {
	MaySignalReport,
	Ranking,
	RankingQuery,
	RankingYear,
} from "../schemas/ranking.ts";
import type { ServiceContext } from "./context.ts";

/** The rank trend with its projection, and the May survey signal of the latest survey year. */
export function buildRankingReport(
	context: ServiceContext,
	municipality: Municipality,
	query: RankingQuery,
): Ranking {
	const { db } = context;
	const years = getRankingSeries(db, municipality.code);
	const latestRanked = years.filter((y) => y.rank !== null).at(-1)?.year;
	const targetYear =
		query.targetYear ?? (latestRanked ?? context.now().getUTCFullYear()) + 1;
	const trend = computeRankTrend(
		years.map((y) => ({
			year: y.year,
			rank: y.rank,
			score: y.score,
			provenance: y.provenance,
		})),
		{ targetYear, targetRank: query.targetRank ?? 10 },
	);
	return {
		municipality,
		years,
		trend,
		maySignal: buildMaySignal(db, years),
		provenances: provenancesOf(years),
	};
}

function buildMaySignal(
	db: ServiceContext["db"],
	years: RankingYear[],
): MaySignalReport | null {
	const latest = years
		.filter((y) => y.score !== null && y.scoreProvenance !== null)
		.at(-1);
	if (!latest || latest.score === null || latest.scoreProvenance === null)
		return null;
	const pastPairs = listMaySignalPairs(db).filter(
		(pair) => pair.year < latest.year,
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
