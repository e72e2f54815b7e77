import type { FactorLabelRow } from "../../../db/queries/ranking/listFactorIds.ts";
import type { ActionPatch } from "../../../domain/actionRules.ts";
import {
	ACTION_STATUS_LABELS,
	ACTION_STATUSES,
	type ActionStatus,
} from "../../../domain/actions.ts";
import { isCalendarDate } from "../../../domain/calendarDate.ts";
import type { ImportIssue } from "../../../domain/importRows.ts";
import { findInsiktArea, labelKey } from "../../../domain/insikt.ts";
import { issueAt } from "../../../importers/table/header.ts";
import type { TableRecord } from "../../../importers/table/readDelimited.ts";
import { readWorkbook } from "../../../importers/table/readWorkbook.ts";
import {
	ACTION_COLUMNS,
	ACTIONS_SHEET,
	NO_WORDS,
	NOTE_COLUMNS,
	NOTES_SHEET,
	type NoteColumnKey,
	type PlanColumn,
	type PlanColumnKey,
	YES_WORDS,
} from "./planColumns.ts";

/** One row of the actions sheet: what its cells say, only for the columns the sheet has. */
export interface PlanRow {
	record: TableRecord;
	id: number | null;
	patch: ActionPatch;
	version: number | null;
	/** Where each column is in the row, for issues that point at a cell. */
	positions: ReadonlyMap<PlanColumnKey, number>;
}

export interface PlanNoteRow {
	record: TableRecord;
	actionId: number | null;
	title: string;
	date: string;
	text: string;
}

export interface ParsedPlan {
	rows: PlanRow[];
	notes: PlanNoteRow[];
	errors: ImportIssue[];
	warnings: ImportIssue[];
}

type Positions<K extends string> = Map<K, number>;

function headerPositions<K extends string>(
	header: TableRecord,
	columns: readonly PlanColumn<K>[],
	warnings: ImportIssue[],
): Positions<K> {
	const byKey = new Map<string, PlanColumn<K>>();
	for (const column of columns)
		for (const name of [column.header, ...column.aliases])
			byKey.set(labelKey(name), column);
	const positions: Positions<K> = new Map();
	header.cells.forEach((cell, position) => {
		if (cell === "") return;
		const column = byKey.get(labelKey(cell));
		if (!column || positions.has(column.key)) {
			warnings.push(
				issueAt(header, position, `the column "${cell}" is not read`),
			);
			return;
		}
		if (!column.readOnly) positions.set(column.key, position);
	});
	return positions;
}

const SEPARATOR = /[,;\n]+/;

function splitList(text: string): string[] {
	return text
		.split(SEPARATOR)
		.map((part) => part.trim())
		.filter((part) => part !== "");
}

const STATUS_KEYS = new Map<string, ActionStatus>(
	ACTION_STATUSES.flatMap((status) =>
		[status, ...ACTION_STATUS_LABELS[status]].map(
			(word) => [labelKey(word), status] as const,
		),
	),
);

interface RowReader<K extends string> {
	has(key: K): boolean;
	text(key: K): string;
	fail(key: K, message: string): void;
}

function rowReader<K extends string>(
	record: TableRecord,
	positions: Positions<K>,
	errors: ImportIssue[],
): RowReader<K> {
	return {
		has: (key) => positions.has(key),
		text: (key) => {
			const position = positions.get(key);
			return position === undefined
				? ""
				: (record.cells[position] ?? "").trim();
		},
		fail: (key, message) =>
			errors.push(issueAt(record, positions.get(key), message)),
	};
}

function readWholeNumber<K extends string>(
	row: RowReader<K>,
	key: K,
	what: string,
): number | null {
	const text = row.text(key);
	if (text === "") return null;
	if (/^[1-9][0-9]{0,8}$/.test(text)) return Number(text);
	row.fail(
		key,
		`${what} "${text}" is not a whole number; leave it empty for a new action`,
	);
	return null;
}

function readDate<K extends string>(row: RowReader<K>, key: K): string | null {
	const text = row.text(key);
	if (text === "") return null;
	const date = text.slice(0, 10);
	if (isCalendarDate(date) && /^\d{4}-\d{2}-\d{2}([ T].*)?$/.test(text))
		return date;
	row.fail(
		key,
		`"${text}" is not a date: write it as YYYY-MM-DD, such as 2024-03-01`,
	);
	return null;
}

function readFactors(
	row: RowReader<PlanColumnKey>,
	factorKeys: ReadonlyMap<string, string>,
): string[] {
	return splitList(row.text("factorIds")).flatMap((word) => {
		const id = factorKeys.get(labelKey(word));
		if (id) return [id];
		row.fail(
			"factorIds",
			`"${word}" is not an SN factor; use the ids (or names) on the sheet "Listor", such as service`,
		);
		return [];
	});
}

function readAreas(row: RowReader<PlanColumnKey>): string[] {
	return splitList(row.text("insiktAreas")).flatMap((word) => {
		const area = findInsiktArea(word);
		if (area) return [area];
		row.fail(
			"insiktAreas",
			`"${word}" is not an Insikt area; use one such as bygglov or Miljö- och hälsoskydd`,
		);
		return [];
	});
}

function readStatus(row: RowReader<PlanColumnKey>): ActionStatus | undefined {
	const text = row.text("status");
	if (text === "") return undefined;
	const status = STATUS_KEYS.get(labelKey(text));
	if (!status)
		row.fail(
			"status",
			`"${text}" is not a status; use Planerad, Pågår, Klar, Pausad or Avbruten`,
		);
	return status;
}

function readArchived(row: RowReader<PlanColumnKey>): boolean | undefined {
	if (!row.has("archived")) return undefined;
	const word = row.text("archived").toLowerCase();
	if (YES_WORDS.has(word)) return true;
	if (NO_WORDS.has(word)) return false;
	row.fail("archived", `"${word}" in Arkiverad: write "ja" or leave it empty`);
	return undefined;
}

/** The patch a row stands for: a column the sheet lacks changes nothing; an empty cell empties. */
function readActionRow(
	record: TableRecord,
	positions: Positions<PlanColumnKey>,
	factorKeys: ReadonlyMap<string, string>,
	errors: ImportIssue[],
): PlanRow {
	const row = rowReader(record, positions, errors);
	const patch: ActionPatch = {};
	if (row.has("title")) patch.title = row.text("title");
	if (row.has("description")) patch.description = row.text("description");
	if (row.has("department") || row.has("person"))
		patch.owner = {
			...(row.has("department") ? { department: row.text("department") } : {}),
			...(row.has("person") ? { person: row.text("person") } : {}),
		};
	if (row.has("factorIds")) patch.factorIds = readFactors(row, factorKeys);
	if (row.has("insiktAreas")) patch.insiktAreas = readAreas(row);
	if (row.has("start")) patch.start = readDate(row, "start");
	if (row.has("due")) patch.due = readDate(row, "due");
	const status = readStatus(row);
	if (status) patch.status = status;
	const archived = readArchived(row);
	if (archived !== undefined) patch.archived = archived;
	return {
		record,
		id: readWholeNumber(row, "id", "Id"),
		patch,
		version: readWholeNumber(row, "version", "Version"),
		positions,
	};
}

function readNoteRow(
	record: TableRecord,
	positions: Positions<NoteColumnKey>,
	errors: ImportIssue[],
): PlanNoteRow | null {
	const row = rowReader(record, positions, errors);
	const text = row.text("text");
	const date = readDate(row, "date");
	if (text === "") {
		row.fail("text", "the note is empty");
		return null;
	}
	if (date === null) {
		if (row.text("date") === "")
			row.fail("date", "the note has no date (YYYY-MM-DD)");
		return null;
	}
	return {
		record,
		actionId: readWholeNumber(row, "actionId", "Åtgärd-id"),
		title: row.text("title"),
		date,
		text,
	};
}

function factorKeysOf(factors: readonly FactorLabelRow[]): Map<string, string> {
	const keys = new Map<string, string>();
	for (const factor of factors) {
		keys.set(labelKey(factor.label), factor.id);
		keys.set(labelKey(factor.id), factor.id);
	}
	return keys;
}

/**
 * Reads the plan's workbook as Topp10 writes it (the sheets "Åtgärder" and "Anteckningar"; the
 * first sheet when none is called "Åtgärder"). Never throws: every problem is an issue with its
 * sheet and cell.
 */
export async function readPlanWorkbook(
	bytes: Uint8Array,
	factors: readonly FactorLabelRow[],
): Promise<ParsedPlan> {
	const parsed: ParsedPlan = { rows: [], notes: [], errors: [], warnings: [] };
	const workbook = await readWorkbook(bytes);
	if (!workbook.ok) {
		parsed.errors.push({ message: `the file is ${workbook.message}` });
		return parsed;
	}
	const actions =
		workbook.sheets.find((sheet) => sheet.name === ACTIONS_SHEET) ??
		workbook.sheets[0];
	const [header, ...records] = actions?.records ?? [];
	if (!actions || !header) {
		parsed.errors.push({ message: `the sheet "${ACTIONS_SHEET}" is empty` });
		return parsed;
	}
	const positions = headerPositions(header, ACTION_COLUMNS, parsed.warnings);
	for (const required of ["title", "department"] as const)
		if (!positions.has(required) && !positions.has("id"))
			parsed.errors.push({
				...issueAt(
					header,
					0,
					`the sheet has no column "${ACTION_COLUMNS.find((c) => c.key === required)?.header}"`,
				),
			});
	if (parsed.errors.length > 0) return parsed;
	const factorKeys = factorKeysOf(factors);
	parsed.rows = records.map((record) =>
		readActionRow(record, positions, factorKeys, parsed.errors),
	);
	const notes = workbook.sheets.find((sheet) => sheet.name === NOTES_SHEET);
	const [notesHeader, ...noteRecords] = notes?.records ?? [];
	if (notesHeader) {
		const notePositions = headerPositions(
			notesHeader,
			NOTE_COLUMNS,
			parsed.warnings,
		);
		parsed.notes = noteRecords.flatMap(
			(record) => readNoteRow(record, notePositions, parsed.errors) ?? [],
		);
	}
	return parsed;
}
