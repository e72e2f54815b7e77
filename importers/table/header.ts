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
