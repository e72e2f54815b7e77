import { metadataLines, withProvenanceColumns } from "./metadata.ts";
import type { Cell, ExportMeta, TableColumn, TableData } from "./table.ts";

/** UTF-8 byte order mark, so Excel reads å, ä and ö right. */
export const BOM = "\uFEFF";
const DELIMITER = ";";
const LINE_END = "\r\n";

/**
 * A text cell that a spreadsheet could run as a formula (= + - @, or a leading tab or carriage
 * return) gets a leading single quote (OWASP "CSV injection"). Numbers are written by us and are
 * never neutralised, so -3 stays a number.
 */
export function neutraliseCell(text: string): string {
	return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Quotes a field that holds the delimiter, a quote or a line break; doubles inner quotes. */
export function quoteField(text: string): string {
	return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A number the Swedish way for a spreadsheet: decimal comma, no thousands separator. */
export function csvNumber(value: number, digits: number | undefined): string {
	if (!Number.isFinite(value)) return "";
	const text =
		digits === undefined
			? String(Number(value.toFixed(6)))
			: value.toFixed(digits);
	return text.replace(".", ",");
}

function csvCell(cell: Cell, column: TableColumn): string {
	if (cell === null) return "";
	if (typeof cell === "number") return csvNumber(cell, column.digits);
	return textField(cell);
}

function textField(text: string): string {
	return quoteField(neutraliseCell(text));
}

/**
 * sv-SE CSV: BOM, ";" between fields, decimal comma, CRLF line ends, formula cells neutralised.
 * With `meta`, a block above the table says what it is (title, municipality, year, source, date,
 * Exempeldata when any value is synthetic), then an empty line. Columns with provenance get a
 * provenance column beside them.
 */
export function toCsv(data: TableData, meta?: ExportMeta): string {
	const table = withProvenanceColumns(data, meta?.lang);
	const block = meta
		? [
				...metadataLines(meta).map((line) =>
					[
						...(line.label === null ? [] : [textField(line.label)]),
						typeof line.value === "number"
							? String(line.value)
							: textField(line.value),
					].join(DELIMITER),
				),
				"",
			]
		: [];
	const header = table.columns.map((c) => textField(c.label)).join(DELIMITER);
	const lines = table.rows.map((row) =>
		table.columns.map((c) => csvCell(row[c.key] ?? null, c)).join(DELIMITER),
	);
	return BOM + [...block, header, ...lines].join(LINE_END) + LINE_END;
}

/** A safe, readable file name: "Partille placering 2023" → "partille-placering-2023". */
export function fileSlug(text: string): string {
	return (
		text
			.normalize("NFD")
			.replace(/[\u0300-\u036f]/g, "")
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, "-")
			.replace(/^-+|-+$/g, "")
			.slice(0, 80) || "topp10"
	);
}
