import { TOTAL_FACTOR_ID } from "../db/schema.ts";
import {
	type ColumnIndex,
	cellAt,
	findYearColumns,
	indexColumns,
	issueAt,
	type YearColumn,
} from "./header.ts";
import { forEachRecord, type ParseContext, placeOf } from "./parseContext.ts";
import {
	countMunicipality,
	createDuplicateCheck,
	FIRST_YEAR,
	isNoteRow,
	isSummaryName,
	matchRecordMunicipality,
	parseRank,
	skippedRowWarning,
	warnAboutIncompleteYears,
} from "./recordChecks.ts";
import type { TableRecord } from "./text/readDelimited.ts";
import { emptyParsedImport, type ParsedImport } from "./types.ts";
import { isMissingCell } from "./values.ts";

export const SN_RANKING_WIDE_COLUMNS = {
	year: ["ar", "year"],
	code: ["kommunkod", "kod"],
	name: ["kommun", "kommunnamn"],
	county: ["lan"],
	group: ["kommungrupp"],
	factor: ["faktor"],
	change: [
		"forandring",
		"andring",
		"forandring placering",
		"forandring mot foregaende ar",
		"+/-",
		"change",
	],
} as const;

type Columns = ColumnIndex<keyof typeof SN_RANKING_WIDE_COLUMNS>;

interface WideHeader {
	position: number;
	columns: Columns;
	years: YearColumn[];
}

function readWideHeader(cells: string[]): Omit<WideHeader, "position"> | null {
	const columns = indexColumns(cells, SN_RANKING_WIDE_COLUMNS);
	const years = findYearColumns(cells);
	const isWide =
		(columns.name !== undefined || columns.code !== undefined) &&
		columns.year === undefined &&
		columns.factor === undefined &&
		years.length > 0;
	return isWide ? { columns, years } : null;
}

/** foretagsklimat.se's ranking table: `Kommun[, Län][, Kommungrupp], 2014, 2015, …[, Förändring]`. */
export function looksLikeSnRankingWide(header: string[]): boolean {
	return readWideHeader(header) !== null;
}

function findWideHeader(records: TableRecord[]): WideHeader | null {
	for (let position = 0; position < Math.min(records.length, 30); position++) {
		const found = readWideHeader(records[position]?.cells ?? []);
		if (found) return { position, ...found };
	}
	return null;
}

const CHANGE = /^(?:[+\-\u2212\u2013]?\s?\d+|±\s?0)$/;

/** Reads the wide ranking: one row per municipality, one rank column per year; the change column is checked, not stored. */
export function parseSnRankingWide(
	records: TableRecord[],
	context: ParseContext,
): ParsedImport {
	const result = emptyParsedImport("sn-ranking");
	const header = findWideHeader(records);
	const headerRecord = header ? records[header.position] : undefined;
	if (!header || !headerRecord) {
		result.errors.push(
			issueAt(
				records[0] ?? { line: 1, cells: [], columns: [] },
				undefined,
				"no header row with Kommun (or Kommunkod) and one column per year was found",
			),
		);
		return result;
	}
	const years = checkYearColumns(headerRecord, header.years, context, result);
	const isDuplicate = createDuplicateCheck();
	const ranked = new Map<number, Set<string>>();
	forEachRecord(
		records.slice(header.position + 1),
		context.onProgress,
		(record) => {
			const code = readMunicipality(
				record,
				header.columns,
				context,
				result,
				hasYearValues(record, years),
			);
			if (code === null) return;
			const first = isDuplicate(code, record.line);
			if (first !== undefined) {
				result.errors.push(
					issueAt(
						record,
						header.columns.code ?? header.columns.name,
						`municipality ${code} appears twice (first on ${placeOf({ ...record, line: first })})`,
					),
				);
				return;
			}
			checkChange(record, header.columns.change, result);
			for (const { year, position } of years) {
				const rank = parseRank(cellAt(record, position));
				if (!rank.ok) {
					result.errors.push(issueAt(record, position, rank.reason));
					continue;
				}
				if (rank.value === null) continue;
				result.snResults.push({
					year,
					municipalityCode: code,
					factorId: TOTAL_FACTOR_ID,
					rank: rank.value,
					score: null,
					source: null,
				});
				countMunicipality(ranked, year, code);
			}
		},
	);
	warnAboutIncompleteYears(result, ranked, "ranks");
	return result;
}

/** Year columns outside 1990..next year, or twice, are errors on the header cell. */
export function checkYearColumns(
	header: TableRecord,
	years: YearColumn[],
	context: ParseContext,
	result: ParsedImport,
): YearColumn[] {
	const seen = new Set<number>();
	return years.filter(({ year, position }) => {
		const reason =
			year < FIRST_YEAR || year > context.maxYear
				? `year column "${year}" must be a year from ${FIRST_YEAR} to ${context.maxYear}`
				: seen.has(year)
					? `year column ${year} appears twice`
					: null;
		seen.add(year);
		if (reason) result.errors.push(issueAt(header, position, reason));
		return reason === null;
	});
}

/** Whether any year column of the row holds a digit: a row without one below a table is a note. */
export function hasYearValues(
	record: TableRecord,
	years: YearColumn[],
): boolean {
	return years.some(({ position }) => /\d/.test(cellAt(record, position)));
}

/**
 * The row's municipality code, or null: with a warning for notes (a row whose first cell names
 * no municipality and that has no values) and totals, with an error otherwise.
 */
export function readMunicipality(
	record: TableRecord,
	columns: { code?: number | undefined; name?: number | undefined },
	context: ParseContext,
	result: ParsedImport,
	hasValues: boolean,
): string | null {
	const name = cellAt(record, columns.name);
	const code = cellAt(record, columns.code);
	if (code === "" && name !== "" && isSummaryName(name)) {
		result.warnings.push(skippedRowWarning(record, "a total row"));
		return null;
	}
	const first = record.cells[0] ?? "";
	const looksLikeNote = isNoteRow(record) || !hasValues;
	if (looksLikeNote && code === "" && !context.matcher.byName(first).ok) {
		result.warnings.push(skippedRowWarning(record, "a note"));
		return null;
	}
	const match = matchRecordMunicipality(
		record,
		columns,
		context.matcher,
		false,
	);
	if (match.ok) return match.code;
	result.errors.push(issueAt(record, match.position, match.reason));
	return null;
}

function checkChange(
	record: TableRecord,
	position: number | undefined,
	result: ParsedImport,
): void {
	const cell = cellAt(record, position);
	if (isMissingCell(cell) || CHANGE.test(cell)) return;
	result.errors.push(
		issueAt(
			record,
			position,
			`change "${cell}" must be a change in places such as +2, -1 or 0, or – when there is none`,
		),
	);
}
