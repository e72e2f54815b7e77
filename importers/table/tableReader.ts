import type { ImportSource } from "../../domain/ids.ts";
import {
	emptyParsedImport,
	type ParsedImport,
} from "../../domain/importRows.ts";
import {
	forEachRecord,
	type ParseContext,
	placeOf,
} from "../formats/parseContext.ts";
import { cellAt, findHeaderRow, issueAt } from "./header.ts";
import type { TableRecord } from "./readDelimited.ts";
import { type Checked, createDuplicateCheck } from "./recordChecks.ts";

/** How a format knows its header row, and what it names when a file has none. */
export interface TableLayout<H> {
	/** What these cells say as this format's header, or null when they are not its header. */
	readHeader: (cells: string[]) => H | null;
	/** What the header must hold, for "no header row with <describes> was found". */
	describes: string;
}

/** A table found in a file: its header, the header's record and the records below it. */
export interface Table<H> {
	header: H;
	headerRecord: TableRecord;
	body: TableRecord[];
}

export function looksLike<H>(layout: TableLayout<H>, cells: string[]): boolean {
	return layout.readHeader(cells) !== null;
}

/**
 * The table below the first of the first 30 records that is the layout's header; null without
 * one, after an error on the first record.
 */
function findTable<H>(
	records: TableRecord[],
	layout: TableLayout<H>,
	result: ParsedImport,
): Table<H> | null {
	const found = findHeaderRow(records, layout.readHeader);
	if (!found) {
		result.errors.push(
			issueAt(
				records[0] ?? { line: 1, cells: [], columns: [] },
				undefined,
				`no header row with ${layout.describes} was found`,
			),
		);
		return null;
	}
	return {
		header: found.header,
		headerRecord: found.record,
		body: records.slice(found.position + 1),
	};
}

/**
 * Reads a file in one layout: read gets the table below the header, and the result to fill;
 * without a header row the result holds only that error.
 */
export function parseTable<H>(
	records: TableRecord[],
	source: ImportSource,
	layout: TableLayout<H>,
	read: (table: Table<H>, result: ParsedImport) => void,
): ParsedImport {
	const result = emptyParsedImport(source);
	const table = findTable(records, layout, result);
	if (table) read(table, result);
	return result;
}

/** Runs read over the records below the header, telling the context's listener the progress. */
export function forEachRow<H>(
	table: Table<H>,
	context: ParseContext,
	read: (record: TableRecord) => void,
): void {
	forEachRecord(table.body, context.onProgress, read);
}

/**
 * Refuses the second record with a key, with an error at its cell that names the first:
 * "<describe()> (first on line 7)". Returns whether it refused the record.
 */
export type RepeatCheck = (
	record: TableRecord,
	key: string,
	position: number | undefined,
	describe: () => string,
) => boolean;

export function createRepeatCheck(result: ParsedImport): RepeatCheck {
	const isDuplicate = createDuplicateCheck();
	return (record, key, position, describe) => {
		const first = isDuplicate(key, record.line);
		if (first === undefined) return false;
		result.errors.push(
			issueAt(
				record,
				position,
				`${describe()} (first on ${placeOf({ ...record, line: first })})`,
			),
		);
		return true;
	};
}

/**
 * Reads the record's value columns (one per year or area) in order: a bad cell is an error at that
 * cell, a missing one is passed over, every other value goes to add.
 */
export function forEachValue<C extends { position: number }>(
	record: TableRecord,
	valueColumns: readonly C[],
	parse: (cell: string) => Checked<number | null>,
	result: ParsedImport,
	add: (column: C, value: number) => void,
): void {
	for (const column of valueColumns) {
		const value = parse(cellAt(record, column.position));
		if (!value.ok) {
			result.errors.push(issueAt(record, column.position, value.reason));
			continue;
		}
		if (value.value !== null) add(column, value.value);
	}
}
