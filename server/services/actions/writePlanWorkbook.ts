import type { ActionNoteRow } from "../../../db/queries/actions/listActionNotes.ts";
import type { FactorLabelRow } from "../../../db/queries/ranking/listFactorIds.ts";
import {
	ACTION_STATUS_LABELS,
	ACTION_STATUSES,
	type ActionRecord,
} from "../../../domain/actions.ts";
import { INSIKT_AREAS, type InsiktArea } from "../../../domain/insikt.ts";
import { columnName } from "../../../domain/officeOpenXml.ts";
import {
	type WriteCell,
	type WriteSheet,
	writeWorkbook,
} from "../../../importers/table/writeWorkbook.ts";
import {
	ACTION_COLUMNS,
	ACTIONS_SHEET,
	LISTS_SHEET,
	NOTE_COLUMNS,
	NOTES_SHEET,
	type PlanColumn,
	type PlanColumnKey,
} from "./planColumns.ts";

type CellValue = string | number | Date | null;

/** A YYYY-MM-DD date as an Excel date (UTC midnight: the day number of that day). */
function excelDate(date: string | null): Date | null {
	return date === null ? null : new Date(`${date}T00:00:00.000Z`);
}

function actionCells(action: ActionRecord): Record<PlanColumnKey, CellValue> {
	return {
		id: action.id,
		title: action.title,
		description: action.description,
		department: action.owner.department,
		person: action.owner.person,
		factorIds: action.factorIds.join(", "),
		insiktAreas: action.insiktAreas.join(", "),
		start: excelDate(action.start),
		due: excelDate(action.due),
		status: ACTION_STATUS_LABELS[action.status][0] ?? action.status,
		archived: action.archivedAt === null ? "" : "ja",
		version: action.version,
		updatedAt: action.updatedAt.slice(0, 16).replace("T", " "),
		updatedBy: action.updatedBy,
	};
}

function planSheet<K extends string>(
	name: string,
	columns: readonly PlanColumn<K>[],
	rows: Record<K, CellValue>[],
): WriteSheet {
	return {
		name,
		header: true,
		widths: columns.map((column) => column.width),
		rows: [
			columns.map((column) => column.header),
			...rows.map((row) => columns.map((column): WriteCell => row[column.key])),
		],
	};
}

/** The ids and labels the plan's cells may use, for whoever edits the file. */
function listsSheet(factors: readonly FactorLabelRow[]): WriteSheet {
	const areas = Object.keys(INSIKT_AREAS) as InsiktArea[];
	const length = Math.max(ACTION_STATUSES.length, factors.length, areas.length);
	const rows: WriteCell[][] = [
		[
			"Status",
			"SN-faktor (id)",
			"SN-faktor",
			"Insikt-område (id)",
			"Insikt-område",
		],
	];
	for (let i = 0; i < length; i++) {
		const status = ACTION_STATUSES[i];
		const area = areas[i];
		rows.push([
			status ? ACTION_STATUS_LABELS[status][0] : null,
			factors[i]?.id ?? null,
			factors[i]?.label ?? null,
			area ?? null,
			area ? INSIKT_AREAS[area][0] : null,
		]);
	}
	return {
		name: LISTS_SHEET,
		header: true,
		widths: [14, 26, 50, 22, 26],
		rows,
	};
}

/** The plan as .xlsx: one row per action, the notes on a second sheet, the allowed values on a third. */
export async function writePlanWorkbook(
	actions: readonly ActionRecord[],
	notes: readonly ActionNoteRow[],
	factors: readonly FactorLabelRow[],
): Promise<Buffer> {
	const actionSheet = planSheet(
		ACTIONS_SHEET,
		ACTION_COLUMNS,
		actions.map(actionCells),
	);
	const statusColumn = columnName(
		ACTION_COLUMNS.findIndex((column) => column.key === "status"),
	);
	if (actions.length > 0)
		actionSheet.lists = [
			{
				range: `${statusColumn}2:${statusColumn}${actions.length + 1}`,
				values: ACTION_STATUSES.map((s) => ACTION_STATUS_LABELS[s][0] ?? s),
			},
		];
	const titles = new Map(actions.map((action) => [action.id, action.title]));
	const notesSheet = planSheet(
		NOTES_SHEET,
		NOTE_COLUMNS,
		notes.map((note) => ({
			actionId: note.actionId,
			title: titles.get(note.actionId) ?? "",
			date: excelDate(note.date),
			text: note.text,
			author: note.author,
		})),
	);
	return Buffer.from(
		writeWorkbook([actionSheet, notesSheet, listsSheet(factors)], {
			creator: "Topp10",
		}),
	);
}
