import type { ParsedImport } from "../../domain/importRows.ts";
import type { ParseContext } from "../formats/parseContext.ts";
import {
	type ColumnIndex,
	type ColumnSpec,
	cellAt,
	indexColumns,
} from "./header.ts";
import type { TableRecord } from "./readDelimited.ts";
import {
	isNoteRow,
	type MunicipalityColumns,
	matchRecordMunicipality,
	parseYear,
	refuse,
	skippedRowWarning,
} from "./recordChecks.ts";
import { forEachRow, type Table, type TableLayout } from "./tableReader.ts";

/** År, as every long table names it. */
export const YEAR_COLUMN = { year: ["ar", "year"] } as const;

/** År, Kommunkod and Kommun, as the long tables about municipalities name them (code or name will do). */
export const YEAR_AND_MUNICIPALITY_COLUMNS = {
	...YEAR_COLUMN,
	code: ["kommunkod", "kod", "code"],
	name: ["kommun", "kommunnamn", "municipality"],
} as const;

/** Källa: where a row's figures come from (optional). */
export const SOURCE_COLUMN = { source: ["kalla", "source"] } as const;

/** The header of a long table (one row per year and key): where each of its columns is. */
export interface LongHeader<K extends string> {
	columns: ColumnIndex<K>;
}

/** Columns a header must have: a key, or a list of keys of which any one will do. */
export type RequiredColumns<K extends string> = readonly (K | readonly K[])[];

/** A long table's header is the first row that has the required columns, by any accepted name. */
export function longLayout<K extends string>(
	spec: ColumnSpec<K>,
	required: RequiredColumns<NoInfer<K>>,
	describes: string,
): TableLayout<LongHeader<K>> {
	return {
		describes,
		readHeader: (cells) => {
			const columns = indexColumns(cells, spec);
			return hasColumns(columns, required) ? { columns } : null;
		},
	};
}

function hasColumns<K extends string>(
	columns: ColumnIndex<K>,
	required: RequiredColumns<K>,
): boolean {
	return required.every((need) =>
		typeof need === "string"
			? columns[need] !== undefined
			: need.some((key) => columns[key] !== undefined),
	);
}

interface YearKey {
	year?: number | undefined;
}

/**
 * Runs read over each row below the header that passes the checks every long table makes: a note
 * below the table is skipped with a warning, a year outside 1990..next year is refused.
 */
export function forEachYearRow<H extends { columns: YearKey }>(
	table: Table<H>,
	context: ParseContext,
	result: ParsedImport,
	read: (record: TableRecord, year: number) => void,
): void {
	const { columns } = table.header;
	forEachRow(table, context, (record) => {
		if (isNoteRow(record)) {
			result.warnings.push(skippedRowWarning(record, "a note below the table"));
			return;
		}
		const year = parseYear(cellAt(record, columns.year), context.maxYear);
		if (!year.ok) {
			refuse(result, record, columns.year, year.reason);
			return;
		}
		read(record, year.value);
	});
}

/** The keys of a row of a long table about municipalities. */
export interface YearAndMunicipality {
	year: number;
	code: string;
}

/**
 * forEachYearRow for tables about municipalities: the row's Kommunkod (else its Kommun) must then
 * name one of the 290, or the whole country when allowRiket (0000 or "Riket").
 */
export function forEachMunicipalityRow<
	H extends { columns: YearKey & MunicipalityColumns },
>(
	table: Table<H>,
	context: ParseContext,
	result: ParsedImport,
	allowRiket: boolean,
	read: (record: TableRecord, keys: YearAndMunicipality) => void,
): void {
	const { columns } = table.header;
	forEachYearRow(table, context, result, (record, year) => {
		const municipality = matchRecordMunicipality(
			record,
			columns,
			context.matcher,
			allowRiket,
		);
		if (!municipality.ok) {
			refuse(result, record, municipality.position, municipality.reason);
			return;
		}
		read(record, { year, code: municipality.code });
	});
}
