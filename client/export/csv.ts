import type { Lang } from "../i18n/format.ts";
import { FORMAT } from "../i18n/format.ts";
import { defineMessages } from "../i18n/messages.ts";
import type { Cell, TableColumn, TableData } from "./table.ts";

/**
 * What a downloaded file says above its table (the shape the shared export module takes:
 * `toCsv(table, meta)`), so every file is titled, dated and sourced.
 */
export interface ExportMeta {
	title: string;
	/** The municipality the table is about; null when it is about none in particular. */
	municipality: string | null;
	year: number | null;
	source: string;
	downloadedAt: Date;
	/** True when any value is synthetic: the file then says Exempeldata above the table. */
	synthetic: boolean;
	lang?: Lang;
	notes?: readonly string[];
}

const CSV_MESSAGES = defineMessages({
	sv: {
		municipality: "Kommun",
		year: "År",
		source: "Källa",
		downloaded: "Hämtad",
		downloadedFrom: (date: Date) => `${FORMAT.sv.date(date)} från Topp10`,
		synthetic: "Exempeldata",
		syntheticNote:
			"Tabellen innehåller syntetiska värden (exempeldata), inte publicerade siffror. Kolumnerna för ursprung visar vilka värden det gäller.",
	},
	en: {
		municipality: "Municipality",
		year: "Year",
		source: "Source",
		downloaded: "Downloaded",
		downloadedFrom: (date) => `${FORMAT.en.date(date)} from Topp10`,
		synthetic: "Example data",
		syntheticNote:
			"The table contains synthetic values (example data), not published figures. The provenance columns say which values.",
	},
});

/** The block above the table: title, municipality, year, source, date, Exempeldata, notes. */
function metadataLines(meta: ExportMeta): string[] {
	const m = CSV_MESSAGES[meta.lang ?? "sv"];
	const line = (label: string | null, value: string | number) =>
		[
			...(label === null ? [] : [textField(label)]),
			typeof value === "number" ? String(value) : textField(value),
		].join(DELIMITER);
	return [
		line(null, meta.title),
		...(meta.municipality === null
			? []
			: [line(m.municipality, meta.municipality)]),
		...(meta.year === null ? [] : [line(m.year, meta.year)]),
		line(m.source, meta.source),
		line(m.downloaded, m.downloadedFrom(meta.downloadedAt)),
		...(meta.synthetic ? [line(m.synthetic, m.syntheticNote)] : []),
		...(meta.notes ?? []).map((note) => line(null, note)),
		"",
	];
}

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
 * With `meta`, a block above the table says what it is, then an empty line.
 */
export function toCsv(table: TableData, meta?: ExportMeta): string {
	const header = table.columns.map((c) => textField(c.label)).join(DELIMITER);
	const lines = table.rows.map((row) =>
		table.columns.map((c) => csvCell(row[c.key] ?? null, c)).join(DELIMITER),
	);
	const block = meta ? metadataLines(meta) : [];
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
