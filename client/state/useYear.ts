import { useRankingQuery } from "../api/municipalities.ts";
import { useSelection } from "./selection.ts";

export interface YearChoice {
	/** The year the pages show: `ar` from the URL, else the latest; null while unknown or without any. */
	year: number | null;
	/** The municipality's latest ranked year, from the API's ranking answer. */
	latest: number | null;
	/** True when the URL names no year, so the pages follow the latest. */
	isDefault: boolean;
	/** True while the latest year is still being asked for. */
	isPending: boolean;
}

/**
 * The one place the selected year is decided: the URL's `ar`, else the chosen municipality's latest
 * ranked year as the API's ranking answer gives it (the header has already asked for it).
 */
export function useYear(): YearChoice {
	const { code, yearParam } = useSelection();
	const ranking = useRankingQuery(code);
	const latest = ranking.data?.trend.latest?.year ?? null;
	return {
		year: yearParam ?? latest,
		latest,
		isDefault: yearParam === null,
		isPending: yearParam === null && ranking.isPending,
	};
}
