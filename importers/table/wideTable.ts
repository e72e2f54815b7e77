import { issueOf } from "../../domain/importIssues.ts";
import type { HeaderCell } from "./columns.ts";
import { cellAt, type YearColumn } from "./header.ts";
import type { TableRecord } from "./readDelimited.ts";
import {
	FIRST_YEAR,
	isAggregateName,
	isNoteRow,
	type MunicipalityColumns,
} from "./recordChecks.ts";
import { forEachRow, type Reading } from "./tableReader.ts";

/** The year columns of a classified header ("2014", "Placering 2014"), in order. */
export function yearColumnsOf(cells: readonly HeaderCell[]): YearColumn[] {
	return cells.flatMap((cell) =>
		cell.kind === "yearColumn" && cell.year !== undefined
			? [{ year: cell.year, position: cell.position }]
			: [],
	);
}

/** Year columns outside 1990..next year, or twice, are errors on the header cell. */
function checkYearColumns(reading: Reading, years: YearColumn[]): YearColumn[] {
	const seen = new Set<number>();
	const { maxYear } = reading.context;
	return years.filter(({ year, position }) => {
		const issue =
			year < FIRST_YEAR || year > maxYear
				? issueOf("year-column-out-of-range", {
						year,
						min: FIRST_YEAR,
						max: maxYear,
					})
				: seen.has(year)
					? issueOf("year-column-repeated", { year })
					: null;
		seen.add(year);
		if (issue) reading.refuse(reading.table.headerRecord, position, issue);
		return issue === null;
	});
}

/** Whether any year column of the row holds a digit: a row without one below a table is a note. */
function hasYearValues(record: TableRecord, years: YearColumn[]): boolean {
	return years.some(({ position }) => /\d/.test(cellAt(record, position)));
}

/**
 * Checks the year columns on the header, then runs read over each row below it that names a
 * municipality (or the country, when `storesCountry`), with the year columns that passed. Notes
 * are skipped with a warning, counties, means and totals with one warning per name.
 */
export function forEachWideRow(
	reading: Reading,
	columns: MunicipalityColumns,
	yearColumns: YearColumn[],
	storesCountry: boolean,
	read: (record: TableRecord, code: string, years: YearColumn[]) => void,
): void {
	const years = checkYearColumns(reading, yearColumns);
	const { matcher } = reading.context;
	forEachRow(reading, (record) => {
		const name = cellAt(record, columns.name);
		const first = record.cells[0] ?? "";
		const looksLikeNote = isNoteRow(record) || !hasYearValues(record, years);
		if (
			looksLikeNote &&
			cellAt(record, columns.code) === "" &&
			!matcher.byName(name || first).ok &&
			!isAggregateName(name || first, matcher)
		) {
			reading.skipNote(record);
			return;
		}
		const code = reading.municipalityOf(record, columns, storesCountry);
		if (code !== null) read(record, code, years);
	});
}
