import {
	type HistoryRange,
	type HistoryWindow,
	historyWindow,
	subjectHistory,
} from "../../analysis/historyWindow.ts";
import { summariseInsikt } from "../../analysis/insikt.ts";
import {
	findFirstInsiktYear,
	listInsiktDefinitions,
	listInsiktValuesForSummary,
	listInsiktYearsOf,
} from "../../db/queries/insikt/listInsiktValues.ts";
import type { InsiktQuery, InsiktReport } from "../schemas/insikt.ts";
import type { Municipality } from "../schemas/municipalities.ts";
import type { ServiceContext } from "./context.ts";
import { type Refusal, refuse } from "./refusal.ts";

/**
 * Stored Insikt values of a municipality and, for one year, NKI per area against Riket with local
 * ranks; the trends cover the history window (the latest 15 Insikt years, or from `from` on).
 */
export function buildInsiktReport(
	context: ServiceContext,
	municipality: Municipality,
	query: InsiktQuery,
): InsiktReport | Refusal {
	const { db } = context;
	const window = historyWindow(context.analysis.insiktYears(), query.from);
	const rankingYear =
		query.year === undefined ? (query.rankingYear ?? null) : null;
	const asked =
		query.year ?? yearForRankingYear(context, municipality, rankingYear);
	const years = listInsiktYearsOf(
		db,
		municipality.code,
		asked === undefined || window.years.includes(asked)
			? window.years
			: [...window.years, asked],
	);
	if (asked !== undefined && !years.includes(asked))
		return noValuesFor(municipality, asked, years, window);
	const year =
		asked ?? (rankingYear === null ? latestComplete(context, years) : null);
	const definitions = listInsiktDefinitions(
		db,
		year === null ? window.years : [...window.years, year],
	);
	const history = insiktHistory(context, municipality, window, years);
	if (year === null)
		return {
			municipality,
			year,
			rankingYear,
			years,
			values: [],
			summary: null,
			definitions,
			history,
		};
	const yearValues = listInsiktValuesForSummary(
		db,
		municipality.code,
		year,
		window.years,
	);
	const values = yearValues.filter(
		(v) => v.municipalityCode === municipality.code && v.year === year,
	);
	const summary = summariseInsikt(
		yearValues,
		municipality.code,
		year,
		definitions,
	);
	return {
		municipality,
		year,
		rankingYear,
		years,
		values,
		summary,
		definitions,
		history,
	};
}

/**
 * The Insikt year that stands for a ranking year: the latest up to it with values for the
 * municipality, a complete one first (a partial import never stands in for a year). Undefined
 * when there is none, so the answer says so instead of showing a later year.
 */
function yearForRankingYear(
	context: ServiceContext,
	municipality: Municipality,
	rankingYear: number | null,
): number | undefined {
	if (rankingYear === null) return undefined;
	const upTo = context.analysis.insiktYears().filter((y) => y <= rankingYear);
	const withValues = listInsiktYearsOf(context.db, municipality.code, upTo);
	return latestComplete(context, withValues) ?? undefined;
}

/** The latest of the years that is complete, else the latest of them; null for none. */
function latestComplete(
	context: ServiceContext,
	years: readonly number[],
): number | null {
	const complete = new Set(
		context.analysis
			.coverage()
			.insikt.filter((c) => c.complete)
			.map((c) => c.year),
	);
	return years.filter((y) => complete.has(y)).at(-1) ?? years.at(-1) ?? null;
}

function insiktHistory(
	context: ServiceContext,
	municipality: Municipality,
	window: HistoryWindow,
	years: readonly number[],
): HistoryRange {
	return subjectHistory(
		window,
		findFirstInsiktYear(context.db, municipality.code, window.earlier),
		years.find((y) => window.years.includes(y)) ?? null,
	);
}

function noValuesFor(
	municipality: Municipality,
	year: number,
	years: readonly number[],
	window: HistoryWindow,
): Refusal {
	const since =
		window.earlier.length > 0 ? ` since ${window.history.from}` : "";
	const available =
		years.length > 0
			? `Years with values${since}: ${years.join(", ")}.`
			: `It has no Insikt values${since}.`;
	return refuse(
		404,
		"year_not_found",
		`${municipality.name} has no Insikt values for ${year}. ${available}`,
	);
}
