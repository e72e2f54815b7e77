import {
	assessInsiktCoverage,
	assessRankingCoverage,
	latestCompleteYear,
	type YearCoverage,
} from "../../analysis/yearCoverage.ts";
import {
	type YearModel as AnalysisYearModel,
	buildYearModel,
} from "../../analysis/yearModel.ts";
import type { Db } from "../../db/client.ts";
import { getDataVersion } from "../../db/queries/meta/getDataVersion.ts";
import {
	countYearCoverage,
	findLastImportAt,
} from "../../db/queries/ranking/countYearCoverage.ts";
import {
	getYearResults,
	type YearResultsRow,
} from "../../db/queries/ranking/getYearResults.ts";
import {
	listInsiktYears,
	listRankingYears,
	listScoreYears,
} from "../../db/queries/ranking/listRankingYears.ts";
import type { DataYears } from "../schemas/years.ts";

export type YearModel = AnalysisYearModel<YearResultsRow>;

export interface AnalysisCache {
	/** The year's results, model and measured fit; rebuilt only after an import. */
	yearModel(year: number): YearModel;
	/** Years with a total ranking, oldest first. */
	rankingYears(): number[];
	/** Years with any survey or factor score, oldest first. */
	scoreYears(): number[];
	/** Years with any Insikt value, oldest first. */
	insiktYears(): number[];
	dataYears(): DataYears;
	/** Municipalities per year and source, and whether each year is complete. */
	coverage(): DataCoverage;
	/** The default year of every ranking analysis: the latest complete ranking year. */
	defaultRankingYear(): number | undefined;
}

export interface DataCoverage {
	/** Municipalities in the list; a ranking year is complete when it covers them all. */
	listed: number;
	ranking: YearCoverage[];
	scores: YearCoverage[];
	insikt: YearCoverage[];
	lastImportAt: string | null;
}

type YearList = "rankingYears" | "scoreYears" | "insiktYears";

const YEAR_LISTS: Record<YearList, (db: Db) => number[]> = {
	rankingYears: listRankingYears,
	scoreYears: listScoreYears,
	insiktYears: listInsiktYears,
};

/**
 * Building a year's model reads ~5,000 rows and standardises every factor, and every history
 * answer asks for the stored years; the answers only change when an import lands, so they are
 * memoised per data version.
 */
export function createAnalysisCache(db: Db): AnalysisCache {
	let version = -1;
	const models = new Map<number, YearModel>();
	const yearLists = new Map<YearList, number[]>();
	let coverage: DataCoverage | null = null;
	const refresh = (): void => {
		const current = getDataVersion(db);
		if (current === version) return;
		models.clear();
		yearLists.clear();
		coverage = null;
		version = current;
	};
	const readCoverage = (): DataCoverage => {
		refresh();
		if (coverage) return coverage;
		const counts = countYearCoverage(db);
		coverage = {
			listed: counts.listed,
			ranking: assessRankingCoverage(counts.ranking, counts.listed),
			scores: assessRankingCoverage(counts.scores, counts.listed),
			insikt: assessInsiktCoverage(counts.insikt),
			lastImportAt: findLastImportAt(db),
		};
		return coverage;
	};
	const years = (kind: YearList): number[] => {
		refresh();
		const current = yearLists.get(kind) ?? YEAR_LISTS[kind](db);
		yearLists.set(kind, current);
		return current;
	};
	return {
		rankingYears: () => years("rankingYears"),
		scoreYears: () => years("scoreYears"),
		insiktYears: () => years("insiktYears"),
		dataYears: () => {
			const { ranking, scores, insikt, lastImportAt } = readCoverage();
			return {
				rankingYears: years("rankingYears"),
				scoreYears: years("scoreYears"),
				insiktYears: years("insiktYears"),
				coverage: { ranking, scores, insikt },
				latestComplete: {
					ranking: latestCompleteYear(ranking),
					scores: latestCompleteYear(scores),
					insikt: latestCompleteYear(insikt),
				},
				lastImportAt,
			};
		},
		coverage: readCoverage,
		defaultRankingYear: () =>
			latestCompleteYear(readCoverage().ranking) ??
			years("rankingYears").at(-1),
		yearModel(year) {
			refresh();
			const cached = models.get(year);
			if (cached) return cached;
			const entry = buildYearModel(getYearResults(db, year));
			models.set(year, entry);
			return entry;
		},
	};
}
