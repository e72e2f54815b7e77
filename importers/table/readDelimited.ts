import Papa from "papaparse";

export type Delimiter = ";" | "," | "\t";
const CANDIDATES: Delimiter[] = [";", "\t", ","];

export interface TableRecord {
	/** 1-based physical line where the record starts (the row number in a spreadsheet). */
	line: number;
	cells: string[];
	/** 1-based character column where each cell starts on its line (the column number in a spreadsheet). */
	columns: number[];
	/** Spreadsheets only: the sheet the record comes from, so issues can name `<sheet>!<cell>`. */
	sheet?: string;
}

export interface DelimitedTable {
	delimiter: Delimiter;
	records: TableRecord[];
}

/** Counts delimiters outside double quotes on one line. */
function countOutsideQuotes(line: string, delimiter: string): number {
	let count = 0;
	let quoted = false;
	for (const char of line) {
		if (char === '"') quoted = !quoted;
		else if (char === delimiter && !quoted) count++;
	}
	return count;
}

/**
 * The delimiter that splits the most lines the same, non-zero number of times. Decimal commas
 * ("3,83") make raw comma counts misleading, so consistency across lines decides, not volume.
 */
export function detectDelimiter(text: string): Delimiter {
	const lines = text
		.split(/\r?\n/)
		.filter((line) => line.trim() !== "")
		.slice(0, 30);
	let best: Delimiter = CANDIDATES[0] ?? ";";
	let bestScore = -1;
	for (const delimiter of CANDIDATES) {
		const counts = lines
			.map((line) => countOutsideQuotes(line, delimiter))
			.filter((n) => n > 0);
		const modal = mostFrequent(counts);
		const score =
			modal === null
				? 0
				: counts.filter((n) => n === modal).length * 1000 + modal;
		if (score > bestScore) {
			best = delimiter;
			bestScore = score;
		}
	}
	return best;
}

function mostFrequent(values: number[]): number | null {
	const tally = new Map<number, number>();
	for (const v of values) tally.set(v, (tally.get(v) ?? 0) + 1);
	let best: number | null = null;
	let bestCount = 0;
	for (const [value, count] of tally) {
		if (
			count > bestCount ||
			(count === bestCount && best !== null && value > best)
		) {
			best = value;
			bestCount = count;
		}
	}
	return best;
}

function lineStartOffsets(text: string): number[] {
	const starts = [0];
	for (let i = 0; i < text.length; i++)
		if (text.charCodeAt(i) === 10) starts.push(i + 1);
	return starts;
}

function lineOfOffset(starts: number[], offset: number): number {
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if ((starts[mid] ?? 0) <= offset) lo = mid;
		else hi = mid - 1;
	}
	return lo + 1;
}

/** Character columns of each field's start in a raw record. */
function fieldColumns(raw: string, delimiter: string): number[] {
	const columns = [1];
	let quoted = false;
	for (let i = 0; i < raw.length; i++) {
		const char = raw[i];
		if (char === '"') quoted = !quoted;
		else if (char === delimiter && !quoted) columns.push(i + 2);
	}
	return columns;
}

/** Parses delimited text into records that remember the physical line and column of each cell. */
export function readDelimited(
	text: string,
	delimiter: Delimiter = detectDelimiter(text),
): DelimitedTable {
	if (isWithoutQuotes(text))
		return { delimiter, records: splitPlainLines(text, delimiter) };
	return { delimiter, records: parseQuoted(text, delimiter) };
}

/** Without quotes (or lone carriage returns) a record is exactly one line, so a plain split is enough. */
function isWithoutQuotes(text: string): boolean {
	return !text.includes('"') && !/\r(?!\n)/.test(text);
}

// The import budget is a few times a bare PapaParse parse, so the common quote-free file skips it.
function splitPlainLines(text: string, delimiter: Delimiter): TableRecord[] {
	const records: TableRecord[] = [];
	const lines = text.split("\n");
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index] ?? "";
		const raw = line.endsWith("\r") ? line.slice(0, -1) : line;
		const fields = raw.split(delimiter);
		const cells: string[] = new Array(fields.length);
		const columns: number[] = new Array(fields.length);
		let column = 1;
		let isEmpty = true;
		for (let i = 0; i < fields.length; i++) {
			const field = fields[i] ?? "";
			const cell = field.trim();
			if (cell !== "") isEmpty = false;
			cells[i] = cell;
			columns[i] = column;
			column += field.length + 1;
		}
		if (!isEmpty) records.push({ line: index + 1, cells, columns });
	}
	return records;
}

function parseQuoted(text: string, delimiter: Delimiter): TableRecord[] {
	const starts = lineStartOffsets(text);
	const records: TableRecord[] = [];
	let offset = 0;
	Papa.parse<string[]>(text, {
		delimiter,
		skipEmptyLines: false,
		step: (result) => {
			const end = result.meta.cursor;
			const start = skipLineBreak(text, offset);
			const raw = text.slice(start, end);
			const cells = result.data.map((cell) => cell.trim());
			offset = end;
			if (cells.every((cell) => cell === "")) return;
			records.push({
				line: lineOfOffset(starts, start),
				cells,
				columns: alignColumns(fieldColumns(raw, delimiter), cells.length),
			});
		},
	});
	return records;
}

/** One column per cell even where odd quoting or line breaks fooled the column count. */
function alignColumns(columns: number[], count: number): number[] {
	if (columns.length === count) return columns;
	const last = columns[columns.length - 1] ?? 1;
	return Array.from({ length: count }, (_, i) => columns[i] ?? last);
}

function skipLineBreak(text: string, offset: number): number {
	let i = offset;
	if (text[i] === "\r") i++;
	if (text[i] === "\n") i++;
	return i;
}
