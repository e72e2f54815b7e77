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

/** How many non-empty lines at the top of the text decide the delimiter. */
const DELIMITER_SAMPLE_LINES = 30;

/** The first non-empty lines of the text, without reading further. */
export function leadingLines(text: string, count: number): string[] {
	const lines: string[] = [];
	let start = 0;
	while (lines.length < count && start < text.length) {
		const newline = text.indexOf("\n", start);
		const end = newline === -1 ? text.length : newline;
		const line = text.slice(
			start,
			text.charCodeAt(end - 1) === 13 ? end - 1 : end,
		);
		if (line.trim() !== "") lines.push(line);
		start = end + 1;
	}
	return lines;
}

/**
 * The delimiter that splits the most lines the same, non-zero number of times. Decimal commas
 * ("3,83") make raw comma counts misleading, so consistency across lines decides, not volume.
 */
export function detectDelimiter(text: string): Delimiter {
	const lines = leadingLines(text, DELIMITER_SAMPLE_LINES);
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

// The import budget is a few times a bare PapaParse parse, so the common quote-free file skips it
// and slices each cell straight out of the text: no array of lines, none of fields per line.
function splitPlainLines(text: string, delimiter: Delimiter): TableRecord[] {
	const records: TableRecord[] = [];
	const separator = delimiter.charCodeAt(0);
	let line = 1;
	let start = 0;
	while (start <= text.length) {
		const newline = text.indexOf("\n", start);
		const lineEnd = newline === -1 ? text.length : newline;
		const end = text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
		const record = plainRecord(text, start, end, separator, line);
		if (record) records.push(record);
		if (newline === -1) break;
		start = newline + 1;
		line++;
	}
	return records;
}

/** The record of one quote-free line from start to end (its line break excluded); null when every cell is empty. */
function plainRecord(
	text: string,
	start: number,
	end: number,
	separator: number,
	line: number,
): TableRecord | null {
	// Arrays of their exact size (pushing would give each room for 17): a file's records stay
	// alive until it is parsed, and most of what the garbage collector copies is theirs.
	const count = fieldCount(text, start, end, separator);
	const cells: string[] = new Array(count);
	const columns: number[] = new Array(count);
	let isEmpty = true;
	let fieldStart = start;
	for (let field = 0; field < count; field++) {
		const fieldEnd = fieldEndOf(text, fieldStart, end, separator);
		const cell = trimmedSlice(text, fieldStart, fieldEnd);
		if (cell !== "") isEmpty = false;
		cells[field] = cell;
		columns[field] = fieldStart - start + 1;
		fieldStart = fieldEnd + 1;
	}
	return isEmpty ? null : { line, cells, columns };
}

/** Where the field from `from` ends: at the next delimiter before `end`, else at `end`. */
function fieldEndOf(
	text: string,
	from: number,
	end: number,
	separator: number,
): number {
	let i = from;
	while (i < end && text.charCodeAt(i) !== separator) i++;
	return i;
}

function fieldCount(
	text: string,
	start: number,
	end: number,
	separator: number,
): number {
	let count = 1;
	for (let i = start; i < end; i++)
		if (text.charCodeAt(i) === separator) count++;
	return count;
}

/** text.slice(start, end).trim(), trimming only when an end of the cell may be white space. */
function trimmedSlice(text: string, start: number, end: number): string {
	const cell = text.slice(start, end);
	if (start === end) return cell;
	return mayBeWhiteSpace(text.charCodeAt(start)) ||
		mayBeWhiteSpace(text.charCodeAt(end - 1))
		? cell.trim()
		: cell;
}

/** Control characters, space, and anything beyond ASCII (no-break space, BOM, …): trim decides. */
function mayBeWhiteSpace(code: number): boolean {
	return code <= 32 || code >= 127;
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
