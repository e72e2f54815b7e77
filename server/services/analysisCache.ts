import {
	type YearModel as AnalysisYearModel,
	buildYearModel,
} from "../../analysis/yearModel.ts";
import type { Db } from "../../db/client.ts";
import { getDataVersion } from "../../db/queries/meta/getDataVersion.ts";
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
}

const YEAR_LISTS: Record<keyof DataYears, (db: Db) => number[]> = {
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
	const yearLists = new Map<keyof DataYears, number[]>();
	const refresh = (): void => {
		const current = getDataVersion(db);
		if (current === version) return;
		models.clear();
		yearLists.clear();
		version = current;
	};
	const years = (kind: keyof DataYears): number[] => {
		refresh();
		const current = yearLists.get(kind) ?? YEAR_LISTS[kind](db);
		yearLists.set(kind, current);
		return current;
	};
	return {
		rankingYears: () => years("rankingYears"),
		scoreYears: () => years("scoreYears"),
		insiktYears: () => years("insiktYears"),
		dataYears: () => ({
			rankingYears: years("rankingYears"),
			scoreYears: years("scoreYears"),
			insiktYears: years("insiktYears"),
		}),
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
