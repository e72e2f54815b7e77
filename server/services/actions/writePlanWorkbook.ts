import ExcelJS from "exceljs";
import type { ActionNoteRow } from "../../../db/queries/actions/listActionNotes.ts";
import type { FactorLabelRow } from "../../../db/queries/ranking/listFactorIds.ts";
import {
	ACTION_STATUS_LABELS,
	ACTION_STATUSES,
	type ActionRecord,
} from "../../../domain/actions.ts";
import { INSIKT_AREAS, type InsiktArea } from "../../../domain/insikt.ts";
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

/** A YYYY-MM-DD date as an Excel date (UTC midnight, which exceljs writes as the same day). */
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

function addSheet<K extends string>(
	workbook: ExcelJS.Workbook,
	name: string,
	columns: readonly PlanColumn<K>[],
	rows: Record<K, CellValue>[],
): ExcelJS.Worksheet {
	const sheet = workbook.addWorksheet(name, {
		views: [{ state: "frozen", ySplit: 1 }],
	});
	sheet.columns = columns.map((column) => ({
		key: column.key,
		header: column.header,
		width: column.width,
	}));
	sheet.getRow(1).font = { bold: true };
	for (const row of rows) sheet.addRow(row);
	for (const column of columns)
		if (column.key === "start" || column.key === "due" || column.key === "date")
			sheet.getColumn(column.key).numFmt = "yyyy-mm-dd";
	return sheet;
}

/** The ids and labels the plan's cells may use, for whoever edits the file. */
function addLists(
	workbook: ExcelJS.Workbook,
	factors: readonly FactorLabelRow[],
) {
	const sheet = workbook.addWorksheet(LISTS_SHEET);
	sheet.columns = [
		{ header: "Status", width: 14 },
		{ header: "SN-faktor (id)", width: 26 },
		{ header: "SN-faktor", width: 50 },
		{ header: "Insikt-område (id)", width: 22 },
		{ header: "Insikt-område", width: 26 },
	];
	sheet.getRow(1).font = { bold: true };
	const areas = Object.keys(INSIKT_AREAS) as InsiktArea[];
	const length = Math.max(ACTION_STATUSES.length, factors.length, areas.length);
	for (let i = 0; i < length; i++) {
		const status = ACTION_STATUSES[i];
		const area = areas[i];
		sheet.addRow([
			status ? ACTION_STATUS_LABELS[status][0] : null,
			factors[i]?.id ?? null,
			factors[i]?.label ?? null,
			area ?? null,
			area ? INSIKT_AREAS[area][0] : null,
		]);
	}
}

/** The plan as .xlsx: one row per action, the notes on a second sheet, the allowed values on a third. */
export async function writePlanWorkbook(
	actions: readonly ActionRecord[],
	notes: readonly ActionNoteRow[],
	factors: readonly FactorLabelRow[],
): Promise<Buffer> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = "Topp10";
	const sheet = addSheet(
		workbook,
		ACTIONS_SHEET,
		ACTION_COLUMNS,
		actions.map(actionCells),
	);
	const statusColumn = sheet.getColumn("status");
	const labels = ACTION_STATUSES.map((s) => ACTION_STATUS_LABELS[s][0]).join(
		",",
	);
	statusColumn.eachCell({ includeEmpty: false }, (cell, row) => {
		if (row > 1)
			cell.dataValidation = {
				type: "list",
				allowBlank: true,
				formulae: [`"${labels}"`],
			};
	});
	const titles = new Map(actions.map((action) => [action.id, action.title]));
	addSheet(
		workbook,
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
	addLists(workbook, factors);
	return Buffer.from(await workbook.xlsx.writeBuffer());
}
