import { RIKET_CODE } from "../../domain/ids.ts";
import type { ImportIssue, ParsedImport } from "../../domain/importRows.ts";
import { cellAt, issueAt, normaliseHeader } from "./header.ts";
import type { MunicipalityMatcher } from "./municipalityMatcher.ts";
import type { TableRecord } from "./readDelimited.ts";
import { parseInteger } from "./values.ts";

export const MUNICIPALITY_COUNT = 290;
export const FIRST_YEAR = 1990;
export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

/** A whole year from 1990 to maxYear (next year, from the caller's clock). */
export function parseYear(cell: string, maxYear: number): Checked<number> {
	const year = parseInteger(cell);
	if (
		!year.ok ||
		year.value === null ||
		year.value < FIRST_YEAR ||
		year.value > maxYear
	)
		return {
			ok: false,
			reason: `year "${cell.trim()}" must be a whole year from ${FIRST_YEAR} to ${maxYear}`,
		};
	return { ok: true, value: year.value };
}

/** A rank 1–290, or null when the cell is a missing marker. */
export function parseRank(cell: string): Checked<number | null> {
	const rank = parseInteger(cell);
	if (
		!rank.ok ||
		(rank.value !== null && (rank.value < 1 || rank.value > MUNICIPALITY_COUNT))
	)
		return {
			ok: false,
			reason: `rank "${cell.trim()}" must be a whole number from 1 to ${MUNICIPALITY_COUNT}`,
		};
	return { ok: true, value: rank.value };
}

const SUMMARY_NAMES = new Set([
	"totalt",
	"total",
	"summa",
	"medel",
	"medelvarde",
	"genomsnitt",
	"median",
	"alla kommuner",
	"samtliga kommuner",
]);

const RIKET_NAMES = new Set(["riket", "hela riket", "sverige"]);

export function isRiketName(name: string): boolean {
	return RIKET_NAMES.has(normaliseHeader(name));
}

/** A trailing line such as "Källa: Svenskt Näringsliv": text in the first cell only. */
export function isNoteRow(record: TableRecord): boolean {
	const { cells } = record;
	const first = cells[0];
	if (first === undefined || /^\d/.test(first)) return false;
	for (let i = 1; i < cells.length; i++) if (cells[i] !== "") return false;
	return true;
}

/** Records an error at a cell and returns null, so a row reader can `return refuse(…)`. */
export function refuse(
	result: ParsedImport,
	record: TableRecord,
	position: number | undefined,
	reason: string,
): null {
	result.errors.push(issueAt(record, position, reason));
	return null;
}

/** A total or average row below a table ("Riket", "Medelvärde"): not a municipality, skipped with a warning. */
export function isSummaryName(name: string): boolean {
	const key = normaliseHeader(name);
	return SUMMARY_NAMES.has(key) || RIKET_NAMES.has(key);
}

export function skippedRowWarning(
	record: TableRecord,
	what: string,
): ImportIssue {
	const text = record.cells.filter((cell) => cell !== "").join(" ");
	return {
		line: record.line,
		column: 1,
		...(record.sheet === undefined
			? {}
			: { sheet: record.sheet, cell: `A${record.line}` }),
		message: `skipped ${what}: "${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`,
	};
}

export interface MunicipalityColumns {
	code?: number | undefined;
	name?: number | undefined;
}

export type RecordMunicipality =
	| { ok: true; code: string }
	| { ok: false; position: number | undefined; reason: string };

/**
 * Matches the record's municipality on its code when it has one, else on its name. With allowRiket,
 * code "0000" and the name "Riket" mean the whole country (Insikt and Kolada files carry it).
 */
export function matchRecordMunicipality(
	record: TableRecord,
	columns: MunicipalityColumns,
	matcher: MunicipalityMatcher,
	allowRiket: boolean,
): RecordMunicipality {
	const code = cellAt(record, columns.code);
	if (code !== "") {
		if (allowRiket && code === RIKET_CODE) return { ok: true, code };
		const match = matcher.byCode(code);
		return match.ok
			? match
			: { ok: false, position: columns.code, reason: match.reason };
	}
	const name = cellAt(record, columns.name);
	if (name === "")
		return {
			ok: false,
			position: columns.code ?? columns.name,
			reason: "the row names no municipality (Kommun or Kommunkod is empty)",
		};
	if (allowRiket && isRiketName(name)) return { ok: true, code: RIKET_CODE };
	const match = matcher.byName(name);
	return match.ok
		? match
		: { ok: false, position: columns.name, reason: match.reason };
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
 * A year with fewer than 290 municipalities imports, but never silently: one warning per such year.
 * `what` names the figures, e.g. "ranks".
 */
export function warnAboutIncompleteYears(
	result: ParsedImport,
	municipalitiesByYear: Map<number, Set<string>>,
	what: string,
): void {
	for (const [year, codes] of [...municipalitiesByYear].sort(
		([a], [b]) => a - b,
	)) {
		const count = [...codes].filter((code) => code !== RIKET_CODE).length;
		if (count < MUNICIPALITY_COUNT)
			result.warnings.push({
				message: `${year}: ${what} for ${count} of ${MUNICIPALITY_COUNT} municipalities`,
			});
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
