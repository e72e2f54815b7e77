import type { UncodedIssue } from "../../domain/importIssues.ts";
import type { TableRecord } from "./readDelimited.ts";

/** Lower-case, accent-free, single-spaced header text, so "Sammanfattande omdöme" ≈ "sammanfattande omdome". */
export function normaliseHeader(cell: string): string {
	return cell
		.normalize("NFD")
		.replace(/[\u0300-\u036f]/g, "")
		.toLowerCase()
		.replace(/[\s_\u00a0]+/g, " ")
		.trim();
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

export interface YearColumn {
	year: number;
	position: number;
}

/**
 * An issue at one cell worded only in English, for readers outside the importers that give no
 * codes yet (the action plan's workbook reader): line and column, and the sheet and A1 cell of
 * a spreadsheet. The importers' own issues carry codes (issues.ts).
 */
export function issueAt(
	record: TableRecord,
	position: number | undefined,
	message: string,
): UncodedIssue {
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
