import { cellAt } from "./header.ts";
import type { TableRecord } from "./readDelimited.ts";
import { type MunicipalityColumns, parseYear } from "./recordChecks.ts";
import { forEachRow, type Reading } from "./tableReader.ts";

/** Where a long table's year comes from: its År column, or one year for the whole table (a title). */
export type YearSource = { position: number } | { year: number };

/**
 * Runs read over each row below the header that passes the checks every long table makes: a note
 * below the table is skipped with a warning, a year outside 1990..next year is refused.
 */
export function forEachYearRow(
	reading: Reading,
	year: YearSource,
	read: (record: TableRecord, year: number) => void,
): void {
	forEachRow(reading, (record) => {
		if (reading.skipsNote(record)) return;
		if ("year" in year) {
			read(record, year.year);
			return;
		}
		const parsed = parseYear(
			cellAt(record, year.position),
			reading.context.maxYear,
		);
		if (!parsed.ok) {
			reading.refuse(record, year.position, parsed.issue);
			return;
		}
		read(record, parsed.value);
	});
}

/** The keys of a row of a long table about municipalities. */
export interface YearAndMunicipality {
	year: number;
	code: string;
}

/**
 * forEachYearRow for tables about municipalities: the row's Kommunkod (else its Kommun) must name
 * one of the 290; the country is stored as 0000 when `storesCountry`, and counties, means and
 * totals are skipped (one warning per name).
 */
export function forEachMunicipalityRow(
	reading: Reading,
	year: YearSource,
	columns: MunicipalityColumns,
	storesCountry: boolean,
	read: (record: TableRecord, keys: YearAndMunicipality) => void,
): void {
	forEachYearRow(reading, year, (record, rowYear) => {
		const code = reading.municipalityOf(record, columns, storesCountry);
		if (code !== null) read(record, { year: rowYear, code });
	});
}
