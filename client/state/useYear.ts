import type { DataYears } from "../../server/schemas/years.ts";
import { useYearsQuery } from "../api/years.ts";
import { type IncompleteYear, incompleteYear } from "./dataYears.ts";
import { useSelection } from "./selection.ts";

export interface YearChoice {
	/** The year the pages show: `ar` from the URL, else the latest complete one; null while unknown or without any. */
	year: number | null;
	/** The latest complete ranking year (every municipality ranked), from /api/years. */
	latest: number | null;
	/** True when the URL names no year, so the pages follow the latest complete one. */
	isDefault: boolean;
	/** True while the latest complete year is still being asked for. */
	isPending: boolean;
	/** Set when the chosen year does not cover every municipality; pages flag it. */
	incomplete: IncompleteYear | null;
}

/**
 * The one place the selected year is decided: the URL's `ar`, else the latest complete ranking
 * year as /api/years gives it (the header has already asked for it). A year with only a few
 * municipalities imported never becomes the default.
 */
export function useYear(): YearChoice {
	const { yearParam } = useSelection();
	const years = useYearsQuery();
	const latest = years.data ? latestRankingYear(years.data) : null;
	const year = yearParam ?? latest;
	return {
		year,
		latest,
		isDefault: yearParam === null,
		isPending: yearParam === null && years.isPending,
		incomplete: incompleteYear(years.data, year),
	};
}

/** The year pages default to: the latest complete ranking year, else the latest stored one. */
export function latestRankingYear(years: DataYears): number | null {
	return years.latestComplete.ranking ?? years.rankingYears.at(-1) ?? null;
}
