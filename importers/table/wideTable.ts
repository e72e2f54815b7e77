import type { ParsedImport } from "../../domain/importRows.ts";
import type { ParseContext } from "../formats/parseContext.ts";
import {
	type ColumnIndex,
	type ColumnSpec,
	cellAt,
	findYearColumns,
	indexColumns,
	issueAt,
	type YearColumn,
} from "./header.ts";
import { YEAR_COLUMN } from "./longTable.ts";
import type { TableRecord } from "./readDelimited.ts";
import {
	FIRST_YEAR,
	isNoteRow,
	isSummaryName,
	type MunicipalityColumns,
	matchRecordMunicipality,
	skippedRowWarning,
} from "./recordChecks.ts";
import { forEachRow, type Table, type TableLayout } from "./tableReader.ts";

/** The columns of SN's wide tables besides their year columns (a Faktor column marks statistics). */
export const SN_WIDE_COLUMNS = {
	...YEAR_COLUMN,
	code: ["kommunkod", "kod"],
	name: ["kommun", "kommunnamn"],
	county: ["lan"],
	group: ["kommungrupp"],
	factor: ["faktor"],
} as const;

/** The header of a wide table: one row per municipality (and series), one column per year. */
export interface WideHeader<K extends string> {
	columns: ColumnIndex<K>;
	years: YearColumn[];
}

type KeyColumn = "year" | "code" | "name";

/**
 * A wide table's header has Kommun or Kommunkod, no År column and at least one year column
 * ("2014", "Placering 2014"); `accepts` adds the format's own condition on the other columns.
 */
export function wideLayout<K extends string>(
	spec: ColumnSpec<K | KeyColumn>,
	accepts: (columns: ColumnIndex<K | KeyColumn>) => boolean,
	describes: string,
): TableLayout<WideHeader<K | KeyColumn>> {
	return {
		describes,
		readHeader: (cells) => {
			const columns = indexColumns(cells, spec);
			const years = findYearColumns(cells);
			const isWide =
				(columns.name !== undefined || columns.code !== undefined) &&
				columns.year === undefined &&
				accepts(columns) &&
				years.length > 0;
			return isWide ? { columns, years } : null;
		},
	};
}

/**
 * Checks the year columns on the header, then runs read over each row below it that names a
 * municipality, with the year columns that passed. Notes and total rows are skipped with a warning.
 */
export function forEachWideRow<K extends string>(
	table: Table<WideHeader<K | KeyColumn>>,
	context: ParseContext,
	result: ParsedImport,
	read: (record: TableRecord, code: string, years: YearColumn[]) => void,
): void {
	const { columns } = table.header;
	const years = checkYearColumns(
		table.headerRecord,
		table.header.years,
		context,
		result,
	);
	forEachRow(table, context, (record) => {
		const code = readMunicipality(
			record,
			columns,
			context,
			result,
			hasYearValues(record, years),
		);
		if (code !== null) read(record, code, years);
	});
}

/** Year columns outside 1990..next year, or twice, are errors on the header cell. */
function checkYearColumns(
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
function hasYearValues(record: TableRecord, years: YearColumn[]): boolean {
	return years.some(({ position }) => /\d/.test(cellAt(record, position)));
}

/**
 * The row's municipality code, or null: with a warning for notes (a row whose first cell names
 * no municipality and that has no values) and totals, with an error otherwise.
 */
function readMunicipality(
	record: TableRecord,
	columns: MunicipalityColumns,
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
