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
	/** `ar` from the URL; null means "the latest with a rank" (see useYear). */
	yearParam: number | null;
	/** `mal` from the URL; null means the API's default. */
	targetYearParam: number | null;
	/** `fran` from the URL: the first year of charted history; null means the API's default. */
	fromParam: number | null;
}

/** The global choices every page reads from the URL. */
export function useSelection(): Selection {
	return readSelection(useLocation().searchParams);
}

/** The global choices in a URL's query: what useSelection gives, for code outside React. */
export function readSelection(searchParams: URLSearchParams): Selection {
	return {
		code:
			parseCode(searchParams.get(PARAM.municipality)) ?? DEFAULT_MUNICIPALITY,
		yearParam: parseYear(searchParams.get(PARAM.year)),
		targetYearParam: parseYear(searchParams.get(PARAM.targetYear)),
		fromParam: parseHistoryFrom(searchParams.get(PARAM.historyFrom)),
	};
}
