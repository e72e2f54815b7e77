import type { TableRecord } from "./readDelimited.ts";
import {
	cellPosition,
	decodeEntities,
	elements,
	firstElement,
	stringItemText,
} from "./workbookXml.ts";

export interface SheetContext {
	sharedStrings: readonly string[];
	/** Per cell style index: whether its number format shows a date. */
	dateStyles: readonly boolean[];
	date1904: boolean;
	/** How many cells (rows × columns) may still be read before the workbook is refused. */
	cellBudget: number;
}

export type SheetRead =
	| { ok: true; records: TableRecord[]; cells: number }
	/** Past the budget: by its declared dimension (before any cell), or by its cells as read. */
	| { ok: false; declared: { rows: number; columns: number } | undefined };

const ROW_NUMBER = /(?:^|\s)r\s*=\s*"(\d+)"/;
const CELL_ATTRIBUTE = /(?:^|\s)(r|s|t)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
/** Days from Excel's day 0 (1899-12-30 in the 1900 system) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;
const DAYS_1900_TO_1904 = 1_462;
const DAY_MS = 86_400_000;

function formatNumber(
	text: string,
	isDate: boolean,
	date1904: boolean,
): string {
	const value = Number(text);
	if (text === "" || Number.isNaN(value)) return text;
	if (!isDate) return String(value);
	const date = new Date(
		Math.round(
			(value - UNIX_EPOCH_SERIAL + (date1904 ? DAYS_1900_TO_1904 : 0)) * DAY_MS,
		),
	);
	return Number.isFinite(date.getTime())
		? date.toISOString().slice(0, 10)
		: String(value);
}

/** The cell as the text a CSV export would hold: a formula's cached result, a date as YYYY-MM-DD. */
function cellText(
	type: string,
	style: number,
	inner: string,
	context: SheetContext,
): string {
	if (type === "inlineStr") {
		const inline = firstElement(inner, "is");
		return inline ? stringItemText(inline.inner) : "";
	}
	const value = decodeEntities(firstElement(inner, "v")?.inner ?? "");
	switch (type) {
		case "s":
			return context.sharedStrings[Number(value)] ?? "";
		case "str":
		case "e":
			return value;
		case "b":
			return value === "" ? "" : String(value === "1" || value === "true");
		case "d": {
			const date = new Date(value);
			return Number.isFinite(date.getTime())
				? date.toISOString().slice(0, 10)
				: value;
		}
		default:
			return formatNumber(
				value,
				context.dateStyles[style] === true,
				context.date1904,
			);
	}
}

/** `<dimension ref="A1:AB6381"/>`: the cells the writer says the sheet spans, if it says. */
function declaredCells(
	xml: string,
): { rows: number; columns: number } | undefined {
	const ref = /<(?:[A-Za-z_][\w.-]*:)?dimension\s[^>]*ref\s*=\s*"([^"]*)"/.exec(
		xml.slice(0, 4096),
	)?.[1];
	const [first = "", last = first] = (ref ?? "").split(":");
	const from = cellPosition(first);
	const to = cellPosition(last);
	if (!from.row || !from.column || !to.row || !to.column) return undefined;
	return { rows: to.row - from.row + 1, columns: to.column - from.column + 1 };
}

interface MergedRange {
	firstRow: number;
	lastRow: number;
	firstColumn: number;
	lastColumn: number;
}

function mergedRanges(xml: string): MergedRange[] {
	const end = xml.lastIndexOf("sheetData>");
	const ranges: MergedRange[] = [];
	for (const merge of elements(xml.slice(Math.max(end, 0)), "mergeCell")) {
		const ref = /ref\s*=\s*"([^"]*)"/.exec(merge.attributes)?.[1] ?? "";
		const [first = "", last = first] = ref.split(":");
		const from = cellPosition(first);
		const to = cellPosition(last);
		if (from.row && from.column && to.row && to.column)
			ranges.push({
				firstRow: from.row,
				lastRow: to.row,
				firstColumn: from.column,
				lastColumn: to.column,
			});
	}
	return ranges;
}

/** A merged range's copies are empty, as in the file; only its first cell holds the text. */
function blankMergedCopies(
	records: TableRecord[],
	ranges: readonly MergedRange[],
): void {
	const byLine = new Map(records.map((record) => [record.line, record]));
	const lastLine = records.at(-1)?.line ?? 0;
	for (const range of ranges)
		for (
			let line = range.firstRow;
			line <= Math.min(range.lastRow, lastLine);
			line++
		) {
			const cells = byLine.get(line)?.cells;
			if (!cells) continue;
			const last = Math.min(range.lastColumn, cells.length);
			for (let column = range.firstColumn; column <= last; column++)
				if (column !== range.firstColumn || line !== range.firstRow)
					cells[column - 1] = "";
		}
}

function trimTrailingEmpty(record: TableRecord): TableRecord {
	let length = record.cells.length;
	while (length > 0 && record.cells[length - 1] === "") length--;
	record.cells.length = length;
	record.columns.length = length;
	return record;
}

/**
 * The rows of one sheet that hold any text, each cell at its column (the gaps empty), up to the
 * last cell with text. Refused, before its records are built, when it declares or holds more cells
 * than the budget.
 */
export function readSheetRecords(
	xml: string,
	sheet: string,
	context: SheetContext,
): SheetRead {
	const declared = declaredCells(xml);
	if (declared && declared.rows * declared.columns > context.cellBudget)
		return { ok: false, declared };
	const records: TableRecord[] = [];
	let cells = 0;
	let line = 0;
	for (const row of elements(xml, "row")) {
		const number = Number(ROW_NUMBER.exec(row.attributes)?.[1]);
		line = number > 0 ? number : line + 1;
		const texts: string[] = [];
		let column = 0;
		for (const cell of elements(row.inner, "c")) {
			let ref = "";
			let style = 0;
			let type = "n";
			for (const [, name, double, single] of cell.attributes.matchAll(
				CELL_ATTRIBUTE,
			)) {
				const value = double ?? single ?? "";
				if (name === "r") ref = value;
				else if (name === "s") style = Number(value);
				else type = value;
			}
			column = cellPosition(ref).column ?? column + 1;
			const text = cellText(type, style, cell.inner, context).trim();
			if (text !== "") texts[column - 1] = text;
		}
		if (texts.length === 0) continue;
		cells += texts.length;
		if (cells > context.cellBudget) return { ok: false, declared: undefined };
		const full = Array.from(texts, (text) => text ?? "");
		records.push({
			line,
			cells: full,
			columns: full.map((_, i) => i + 1),
			sheet,
		});
	}
	blankMergedCopies(records, mergedRanges(xml));
	return {
		ok: true,
		records: records
			.map(trimTrailingEmpty)
			.filter((record) => record.cells.length > 0),
		cells,
	};
}
