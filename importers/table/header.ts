import type { ImportIssue } from "../../domain/importRows.ts";
import type { TableRecord } from "./readDelimited.ts";

/** Lower-case, accent-free, single-spaced header text, so "Sammanfattande omdöme" ≈ "sammanfattande omdome". */
export function normaliseHeader(cell: string): string {
	return cell
		.normalize("NFD")
		.replace(/[\u0300-\u036f]/g, "")
		.toLowerCase()
		.replace(/[\s_]+/g, " ")
		.trim();
}

export type ColumnSpec<K extends string> = Record<K, readonly string[]>;
export type ColumnIndex<K extends string> = Partial<Record<K, number>>;

/** Maps each wanted column to its position, matching any of its accepted (normalised) names. */
export function indexColumns<K extends string>(
	header: string[],
	spec: ColumnSpec<K>,
): ColumnIndex<K> {
	const normalised = header.map(normaliseHeader);
	const index: ColumnIndex<K> = {};
	for (const key of Object.keys(spec) as K[]) {
		const position = normalised.findIndex((name) => spec[key].includes(name));
		if (position >= 0) index[key] = position;
	}
	return index;
}

/**
 * Finds the header row below any title or source rows: the first record, among the first 30,
 * that `read` takes for a header (it returns what it read from the cells, or null).
 */
export function findHeaderRow<H>(
	records: TableRecord[],
	read: (cells: string[]) => H | null,
): { position: number; record: TableRecord; header: H } | null {
	for (let position = 0; position < Math.min(records.length, 30); position++) {
		const record = records[position];
		if (!record) continue;
		const header = read(record.cells);
		if (header !== null) return { position, record, header };
	}
	return null;
}

/** The header row: the first record, among the first 30, that has every required column. */
export function findHeader<K extends string>(
	records: TableRecord[],
	spec: ColumnSpec<K>,
	required: (columns: ColumnIndex<K>) => boolean,
): { position: number; columns: ColumnIndex<K> } | null {
	const found = findHeaderRow(records, (cells) => {
		const columns = indexColumns(cells, spec);
		return required(columns) ? columns : null;
	});
	return found && { position: found.position, columns: found.header };
}

export function cellAt(
	record: TableRecord,
	position: number | undefined,
): string {
	return position === undefined ? "" : (record.cells[position] ?? "");
}

export function columnAt(
	record: TableRecord,
	position: number | undefined,
): number {
	return position === undefined ? 1 : (record.columns[position] ?? 1);
}

/** "A", "B", …, "Z", "AA": the spreadsheet name of a 1-based column number. */
export function columnLetters(column: number): string {
	let letters = "";
	for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
		letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
	return letters;
}

/** An issue at one cell: line and column for text files, plus sheet and A1 reference for spreadsheets. */
export function issueAt(
	record: TableRecord,
	position: number | undefined,
	message: string,
): ImportIssue {
	const column = columnAt(record, position);
	if (record.sheet === undefined) return { line: record.line, column, message };
	return {
		line: record.line,
		column,
		sheet: record.sheet,
		cell: `${columnLetters(column)}${record.line}`,
		message,
	};
}

export interface YearColumn {
	year: number;
	position: number;
}

const YEAR_HEADER = /^(?:(?:placering|ranking|rank|plats|ar) )?(\d{4})$/;

/** Columns whose header is a year ("2014", or "Placering 2014"), in the order they appear. */
export function findYearColumns(header: string[]): YearColumn[] {
	const years: YearColumn[] = [];
	header.forEach((cell, position) => {
		const match = YEAR_HEADER.exec(normaliseHeader(cell));
		if (match?.[1]) years.push({ year: Number(match[1]), position });
	});
	return years;
}
