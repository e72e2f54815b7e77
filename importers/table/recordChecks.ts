import { MUNICIPALITY_COUNT, RIKET_CODE } from "../../domain/ids.ts";
import {
	type AggregateKind,
	type CoverageTopic,
	type ImportIssue,
	type IssueDetail,
	issueOf,
} from "../../domain/importIssues.ts";
import type { ParsedImport } from "../../domain/importRows.ts";
import { normaliseHeader } from "./header.ts";
import { placedIssue } from "./issues.ts";
import type { MunicipalityMatcher } from "./municipalityMatcher.ts";
import type { TableRecord } from "./readDelimited.ts";
import { type Checked, parseWholeNumber } from "./values.ts";

export { MUNICIPALITY_COUNT };
export const FIRST_YEAR = 1990;

/** A whole year from 1990 to maxYear (next year, from the caller's clock). */
export function parseYear(cell: string, maxYear: number): Checked<number> {
	const year = parseWholeNumber(cell, FIRST_YEAR, maxYear);
	if (!year.ok || year.value === null)
		return {
			ok: false,
			issue: issueOf("not-a-year", { min: FIRST_YEAR, max: maxYear }),
		};
	return year;
}

/** A rank 1–290, or null when the cell is a missing marker. */
export function parseRank(cell: string) {
	return parseWholeNumber(cell, 1, MUNICIPALITY_COUNT);
}

const COUNTRY_NAMES = new Set([
	"riket",
	"hela riket",
	"sverige",
	"hela sverige",
	"hela landet",
	"riket totalt",
	"sverige totalt",
	"alla kommuner (riket)",
]);

/** Means and totals below (or inside) a table: "Genomsnitt samtliga", "Medel", "Summa". */
const SUMMARY_NAME =
	/^(?:genomsnitt|medel|medelvarde|medeltal|median|summa|totalt|total|samtliga|alla kommuner|snitt|riksgenomsnitt|rikssnitt|genomsnittlig)\b/;

export function isCountryName(name: string): boolean {
	return COUNTRY_NAMES.has(normaliseHeader(name));
}

export function isSummaryName(name: string): boolean {
	return SUMMARY_NAME.test(normaliseHeader(name));
}

/** A trailing line such as "Källa: Svenskt Näringsliv": text in the first cell only. */
export function isNoteRow(record: TableRecord): boolean {
	const { cells } = record;
	const first = cells[0];
	if (first === undefined || startsWithDigit(first)) return false;
	for (let i = 1; i < cells.length; i++) if (cells[i] !== "") return false;
	return true;
}

function startsWithDigit(text: string): boolean {
	const code = text.charCodeAt(0);
	return code >= 48 && code <= 57;
}

export interface MunicipalityColumns {
	code?: number | undefined;
	name?: number | undefined;
}

/** What a row's Kommun/Kommunkod stands for: a municipality, an aggregate, or nothing known. */
export type RowMunicipality =
	| { kind: "municipality"; code: string }
	| { kind: AggregateKind; name: string }
	| {
			kind: "unknown";
			position: number | undefined;
			issue: IssueDetail;
	  };

/**
 * Matches the row on its code when it has one, else on its name. The whole country ("Sverige",
 * "Riket", "Hela riket", code 0000), a county ("Dalarnas län", "Västra Götaland", county code)
 * and means or totals ("Genomsnitt samtliga", "Medel") are aggregates, never municipalities.
 */
export function resolveRowMunicipality(
	codeCell: string,
	nameCell: string,
	columns: MunicipalityColumns,
	matcher: MunicipalityMatcher,
): RowMunicipality {
	const code = codeCell.trim();
	const name = nameCell.trim();
	if (code !== "") {
		if (code === RIKET_CODE) return { kind: "country", name: name || "Riket" };
		const match = matcher.byCode(code);
		if (match.ok) return { kind: "municipality", code: match.code };
		const county = matcher.countyOf(code);
		if (county) return { kind: "county", name: name || county };
		if (name === "" || !isAggregateName(name, matcher))
			return { kind: "unknown", position: columns.code, issue: match.issue };
	}
	if (name === "")
		return {
			kind: "unknown",
			position: columns.code ?? columns.name,
			issue: issueOf("no-municipality", {}),
		};
	const match = matcher.byName(name);
	if (match.ok) return { kind: "municipality", code: match.code };
	if (isCountryName(name)) return { kind: "country", name };
	if (matcher.countyOf(name)) return { kind: "county", name };
	if (isSummaryName(name)) return { kind: "summary", name };
	return { kind: "unknown", position: columns.name, issue: match.issue };
}

/** Whether a name is the country, a county or a mean/total rather than a municipality. */
export function isAggregateName(
	name: string,
	matcher: MunicipalityMatcher,
): boolean {
	return (
		isCountryName(name) ||
		matcher.countyOf(name) !== undefined ||
		isSummaryName(name)
	);
}

/** Remembers the line of each key, so the second occurrence can name the first. */
export function createDuplicateCheck(): (
	key: string,
	line: number,
) => number | undefined {
	const seen = new Map<string, number>();
	return (key, line) => {
		const first = seen.get(key);
		if (first === undefined) seen.set(key, line);
		return first;
	};
}

/**
 * Remembers the line of each year and municipality, so the second row of a pair can name the
 * first: keyed by year, then by the matcher's code, so that no key is built per row.
 */
export function createYearMunicipalityCheck(): (
	year: number,
	code: string,
	line: number,
) => number | undefined {
	const byYear = new Map<number, Map<string, number>>();
	return (year, code, line) => {
		let lines = byYear.get(year);
		if (!lines) {
			lines = new Map();
			byYear.set(year, lines);
		}
		const first = lines.get(code);
		if (first === undefined) lines.set(code, line);
		return first;
	};
}

/**
 * A year with fewer than 290 municipalities imports, but never silently: one warning per such year.
 */
export function warnAboutIncompleteYears(
	result: ParsedImport,
	municipalitiesByYear: Map<number, Set<string>>,
	topic: CoverageTopic,
): void {
	for (const [year, codes] of [...municipalitiesByYear].sort(
		([a], [b]) => a - b,
	)) {
		let count = 0;
		for (const code of codes) if (code !== RIKET_CODE) count++;
		if (count < MUNICIPALITY_COUNT)
			result.warnings.push(
				fileWarning(
					issueOf("incomplete-year", {
						year,
						topic,
						count,
						total: MUNICIPALITY_COUNT,
					}),
				),
			);
	}
}

/** Adds a code to the year's set; the sets feed warnAboutIncompleteYears. */
export function countMunicipality(
	byYear: Map<number, Set<string>>,
	year: number,
	code: string,
): void {
	const codes = byYear.get(year);
	if (codes) codes.add(code);
	else byYear.set(year, new Set([code]));
}

/** A warning about the file as a whole (no line). */
export function fileWarning(detail: IssueDetail): ImportIssue {
	return placedIssue(detail, {});
}
