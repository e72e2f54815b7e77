import { and, asc, eq, getTableColumns, inArray, type SQL } from "drizzle-orm";
import type { SelectResultFields } from "drizzle-orm/query-builders/select.types";
import type { SelectedFields, SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { Db } from "../client.ts";
import type { insiktResult, snResult } from "../schema.ts";

/** The results tables whose key index is year-major. */
export type YearTable = typeof snResult | typeof insiktResult;

type ColumnsOf<T extends YearTable> = T["_"]["columns"];

/**
 * Which rows of a year-keyed table to read: the key index is (year, municipality_code, …), so
 * with both named SQLite seeks it once per year and code instead of reading the table.
 */
export interface YearKey {
	years: readonly number[];
	/** One municipality or several. */
	codes: string | readonly string[];
}

/**
 * The named columns of the rows with the given key that match every condition, oldest first;
 * an empty list of years, codes or condition values reads nothing.
 */
export function listYearRows<
	T extends YearTable,
	K extends keyof ColumnsOf<T> & string,
>(
	db: Db,
	table: T,
	names: readonly K[],
	key: YearKey,
	...conditions: SQL[]
): SelectResultFields<Pick<ColumnsOf<T>, K>>[] {
	if (isEmptyKey(key)) return [];
	// Drizzle cannot carry a generic selection through a choice of tables; the rows are its fields.
	const source: YearTable = table;
	const columns: Record<string, SQLiteColumn> = getTableColumns(source);
	const selection: SelectedFields = Object.fromEntries(
		names.flatMap((name) => {
			const column = columns[name];
			return column ? [[name, column]] : [];
		}),
	);
	const rows = db
		.select(selection)
		.from(source)
		.where(and(...yearKeyConditions(source, key), ...conditions))
		.orderBy(asc(source.year))
		.all();
	return rows as SelectResultFields<Pick<ColumnsOf<T>, K>>[];
}

/** The conditions that seek the key: the years, then the municipality or municipalities. */
export function yearKeyConditions(table: YearTable, key: YearKey): SQL[] {
	const codes = key.codes;
	return [
		inArray(table.year, [...key.years]),
		typeof codes === "string"
			? eq(table.municipalityCode, codes)
			: inArray(table.municipalityCode, [...codes]),
	];
}

/** No years, or an empty list of municipalities: nothing to read. */
export function isEmptyKey(key: YearKey): boolean {
	return (
		key.years.length === 0 ||
		(typeof key.codes !== "string" && key.codes.length === 0)
	);
}
