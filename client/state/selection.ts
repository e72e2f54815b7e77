import { useRankingQuery } from "../api/municipalities.ts";
import { useLocation } from "./router.ts";
import {
	DEFAULT_MUNICIPALITY,
	PARAM,
	parseCode,
	parseHistoryFrom,
	parseYear,
} from "./urlState.ts";

export interface Selection {
	code: string;
	/** `ar` from the URL; null means "the latest with a rank". */
	yearParam: number | null;
	/** `mal` from the URL; null means the API's default. */
	targetYearParam: number | null;
	/** `from` from the URL: the first year of charted history; null means the API's default. */
	fromParam: number | null;
}

export function useSelection(): Selection {
	const { searchParams } = useLocation();
	return {
		code:
			parseCode(searchParams.get(PARAM.municipality)) ?? DEFAULT_MUNICIPALITY,
		yearParam: parseYear(searchParams.get(PARAM.year)),
		targetYearParam: parseYear(searchParams.get(PARAM.targetYear)),
		fromParam: parseHistoryFrom(searchParams.get(PARAM.historyFrom)),
	};
}

/**
 * The year a page shows: the one in the URL, else the municipality's latest ranked year (read from
 * the ranking answer, which the header already fetched), else null (the API's own default).
 */
export function useResolvedYear(code: string, yearParam: number | null) {
	const ranking = useRankingQuery(code);
	const latest = ranking.data?.trend.latest?.year ?? null;
	return {
		year: yearParam ?? latest,
		isDefault: yearParam === null,
		isPending: yearParam === null && ranking.isPending,
	};
}
