import type { ImportSource } from "../../domain/ids.ts";
import { RIKET_CODE } from "../../domain/ids.ts";
import {
	type AggregateKind,
	type ImportIssue,
	type IssueDetail,
	issueOf,
	type MissingMarker,
} from "../../domain/importIssues.ts";
import {
	emptyParsedImport,
	type ParsedImport,
	type ProgressListener,
} from "../../domain/importRows.ts";
import type { HeaderCell } from "./columns.ts";
import { cellAt, normaliseHeader } from "./header.ts";
import { issueAtCell } from "./issues.ts";
import type { MunicipalityMatcher } from "./municipalityMatcher.ts";
import type { TableRecord } from "./readDelimited.ts";
import {
	createDuplicateCheck,
	fileWarning,
	isNoteRow,
	type MunicipalityColumns,
	resolveRowMunicipality,
} from "./recordChecks.ts";
import type { ParsedNumber } from "./values.ts";

/** What reading a table needs besides its records. */
export interface TableContext {
	matcher: MunicipalityMatcher;
	/** Latest year a file may hold: next year, from the caller's clock. */
	maxYear: number;
	onProgress?: ProgressListener | undefined;
}

/** The file a table comes from: its name and sheet may say what the table holds. */
export interface FileFacts {
	fileName: string;
	sheet?: string | undefined;
}

/** A table found in a file: its classified header, the rows above it and the records below it. */
export interface Table {
	cells: HeaderCell[];
	headerRecord: TableRecord;
	/** Records above the header row: titles and notes. */
	titleRows: TableRecord[];
	body: TableRecord[];
	file: FileFacts;
	/** Header cells the layout does not read; reported once as not read. */
	ignored: HeaderCell[];
}

/** How many line numbers an aggregate warning lists. */
const LINES_SHOWN = 5;

interface Tally {
	rows: number;
	lines: number[];
}

/**
 * The state of reading one table into one result: issues at cells (with their header), counts
 * of missing values and of skipped aggregate rows, each reported once when the reading finishes.
 */
export interface Reading {
	readonly table: Table;
	readonly context: TableContext;
	readonly result: ParsedImport;
	/** Adds an error at a cell (position undefined: the row) and returns null. */
	refuse(
		record: TableRecord,
		position: number | undefined,
		detail: IssueDetail,
		value?: string,
	): null;
	warn(
		record: TableRecord,
		position: number | undefined,
		detail: IssueDetail,
	): void;
	/**
	 * The number in a cell: null when it is a missing marker (counted), undefined after an error
	 * at the cell. An empty cell of an optional column (Antal svar) is not counted as missing.
	 */
	readNumber(
		record: TableRecord,
		position: number | undefined,
		parse: (cell: string) => ParsedNumber,
		isOptional?: boolean,
	): number | null | undefined;
	/**
	 * The municipality code of a row, RIKET_CODE for the whole country when `storesCountry`, or
	 * null: an aggregate row (counted, warned about once per name) or an error at its cell.
	 */
	municipalityOf(
		record: TableRecord,
		columns: MunicipalityColumns,
		storesCountry: boolean,
	): string | null;
	/** Refuses the second record with a key, with an error that names the first's line. */
	isRepeated(
		record: TableRecord,
		key: string,
		position: number | undefined,
		describe: (firstLine: number) => IssueDetail,
	): boolean;
	/** Skips a note row (text in the first cell only) with a warning; true when it did. */
	skipsNote(record: TableRecord): boolean;
	/** Skips a row as a note, with a warning. */
	skipNote(record: TableRecord): void;
	/** The stored name of a municipality code, for messages ("" for Riket or unknown). */
	nameOf(code: string): string;
	/** Adds the counted warnings; call once after the last row. */
	finish(): ParsedImport;
}

const SKIP_TEXT_LENGTH = 60;

function noteText(record: TableRecord): string {
	const text = record.cells.filter((cell) => cell !== "").join(" ");
	return text.length > SKIP_TEXT_LENGTH
		? `${text.slice(0, SKIP_TEXT_LENGTH - 3)}…`
		: text;
}

export function startReading(
	table: Table,
	context: TableContext,
	source: ImportSource,
): Reading {
	const result = emptyParsedImport(source);
	const headerTexts = table.headerRecord.cells;
	/** Missing markers by their text as written ("–" and "—" apart), with what they mean. */
	const missing = new Map<
		string,
		{ marker: MissingMarker; text: string; count: number }
	>();
	const aggregates = new Map<string, Tally & { kind: AggregateKind }>();
	const country = new Map<string, number>();
	const duplicates = createDuplicateCheck();
	if (table.ignored.length > 0)
		result.warnings.push(
			issueAtCell(
				table.headerRecord,
				table.ignored[0]?.position,
				headerTexts,
				issueOf("columns-not-read", {
					columns: table.ignored.map((cell) => cell.text),
				}),
			),
		);
	const at = (
		record: TableRecord,
		position: number | undefined,
		detail: IssueDetail,
		value?: string,
	): ImportIssue => issueAtCell(record, position, headerTexts, detail, value);
	const reading: Reading = {
		table,
		context,
		result,
		refuse(record, position, detail, value) {
			result.errors.push(at(record, position, detail, value));
			return null;
		},
		warn(record, position, detail) {
			result.warnings.push(at(record, position, detail));
		},
		readNumber(record, position, parse, isOptional = false) {
			const cell = cellAt(record, position);
			if (isOptional && cell.trim() === "") return null;
			const parsed = parse(cell);
			if (!parsed.ok) {
				result.errors.push(at(record, position, parsed.issue));
				return undefined;
			}
			if (parsed.value === null) {
				const text = cell.trim();
				const tally = missing.get(text);
				if (tally) tally.count++;
				else missing.set(text, { marker: parsed.missing, text, count: 1 });
			}
			return parsed.value;
		},
		municipalityOf(record, columns, storesCountry) {
			// Nearly every row names a known code: it needs no RowMunicipality.
			const known = knownCodeOf(record, columns.code, context.matcher);
			if (known !== undefined) return known;
			const row = resolveRowMunicipality(
				cellAt(record, columns.code),
				cellAt(record, columns.name),
				columns,
				context.matcher,
			);
			if (row.kind === "municipality") return row.code;
			if (row.kind === "unknown")
				return reading.refuse(record, row.position, row.issue);
			if (row.kind === "country" && storesCountry) {
				// "Riket" and 0000 say so themselves; "Sverige" or "Hela riket" is worth a word.
				if (normaliseHeader(row.name) !== "riket")
					country.set(row.name, (country.get(row.name) ?? 0) + 1);
				return RIKET_CODE;
			}
			const tally = aggregates.get(row.name) ?? {
				kind: row.kind,
				rows: 0,
				lines: [],
			};
			tally.rows++;
			if (tally.lines.length < LINES_SHOWN) tally.lines.push(record.line);
			aggregates.set(row.name, tally);
			return null;
		},
		isRepeated(record, key, position, describe) {
			const first = duplicates(key, record.line);
			if (first === undefined) return false;
			result.errors.push(at(record, position, describe(first)));
			return true;
		},
		skipsNote(record) {
			if (!isNoteRow(record)) return false;
			reading.skipNote(record);
			return true;
		},
		skipNote(record) {
			result.warnings.push(
				at(
					record,
					undefined,
					issueOf("note-row-skipped", { text: noteText(record) }),
				),
			);
		},
		nameOf: (code) => context.matcher.nameOf(code) ?? "",
		finish() {
			for (const [name, tally] of aggregates)
				result.warnings.push(
					fileWarning(
						issueOf("aggregate-rows-skipped", {
							name,
							kind: tally.kind,
							rows: tally.rows,
							lines: tally.lines,
						}),
					),
				);
			for (const [name, rows] of country)
				result.warnings.push(
					fileWarning(issueOf("country-rows-stored", { name, rows })),
				);
			for (const { marker, text, count } of missing.values())
				result.warnings.push(
					fileWarning(issueOf("missing-values", { marker, text, count })),
				);
			return result;
		},
	};
	return reading;
}

/** The municipality a row's code cell names, if it is a known one. */
function knownCodeOf(
	record: TableRecord,
	position: number | undefined,
	matcher: MunicipalityMatcher,
): string | undefined {
	if (position === undefined) return undefined;
	const match = matcher.byCode(cellAt(record, position));
	return match.ok ? match.code : undefined;
}

const PROGRESS_STEP = 1000;

/** Runs fn over the records, telling the listener how far it got every thousand records. */
export function forEachRecord(
	records: readonly TableRecord[],
	onProgress: ProgressListener | undefined,
	fn: (record: TableRecord) => void,
): void {
	for (let index = 0; index < records.length; index++) {
		const record = records[index];
		if (record) fn(record);
		if (onProgress && index % PROGRESS_STEP === PROGRESS_STEP - 1)
			onProgress("parse", index + 1, records.length);
	}
	onProgress?.("parse", records.length, records.length);
}

/** Runs read over the records below the header. */
export function forEachRow(
	reading: Reading,
	read: (record: TableRecord) => void,
): void {
	forEachRecord(reading.table.body, reading.context.onProgress, read);
}
