import type { Db } from "../../db/client.ts";
import { getDataVersion } from "../../db/queries/meta/getDataVersion.ts";
import {
	getYearResults,
	type YearResultsRow,
} from "../../db/queries/ranking/getYearResults.ts";
import { listRankingYears } from "../../db/queries/ranking/listRankingYears.ts";
import { type ModelFit, measureFit } from "../analysis/measureFit.ts";
import { buildModel, type Model } from "../analysis/model.ts";

export interface YearModel {
	results: YearResultsRow;
	model: Model;
	fit: ModelFit;
}

export interface AnalysisCache {
	/** The year's results, model and measured fit; rebuilt only after an import. */
	yearModel(year: number): YearModel;
	/** Years with a total ranking, oldest first. */
	rankingYears(): number[];
}

/**
 * Building a year's model reads ~5,000 rows and standardises every factor; the answer only
 * changes when an import lands, so it is memoised per data version.
 */
export function createAnalysisCache(db: Db): AnalysisCache {
	let version = -1;
	const models = new Map<number, YearModel>();
	let years: number[] | null = null;
	const refresh = (): void => {
		const current = getDataVersion(db);
		if (current === version) return;
		models.clear();
		years = null;
		version = current;
	};
	return {
		rankingYears() {
			refresh();
			const current = years ?? listRankingYears(db);
			years = current;
			return current;
		},
		yearModel(year) {
			refresh();
			const cached = models.get(year);
			if (cached) return cached;
			const results = getYearResults(db, year);
			const model = buildModel(results.rows, results.factors);
			const entry = { results, model, fit: measureFit(model, results.rows) };
			models.set(year, entry);
			return entry;
		},
	};
}
