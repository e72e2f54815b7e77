import type { Db } from "../../../db/client.ts";
import { insertActionNote } from "../../../db/queries/actions/insertActionNote.ts";
import {
	insertAction,
	updateAction,
	type WriteStamp,
} from "../../../db/queries/actions/writeAction.ts";
import { inWriteTransaction } from "../../../db/queries/inWriteTransaction.ts";
import { listFactorLabels } from "../../../db/queries/ranking/listFactorIds.ts";
import { formatIssue, type ImportIssue } from "../../../domain/importRows.ts";
import { apiError } from "../../plugins/errors.ts";
import type {
	PlanImportRefusal,
	PlanImportResult,
	PlanIssue,
} from "../../schemas/actions.ts";
import { type PlanWrites, planWrites } from "./comparePlan.ts";
import {
	type ParsedPlan,
	type PlanRow,
	readPlanWorkbook,
} from "./readPlanWorkbook.ts";

function write(db: Db, writes: PlanWrites, stamp: WriteStamp): void {
	const createdIds = new Map<PlanRow, number>();
	for (const create of writes.creates)
		createdIds.set(
			create.row,
			insertAction(db, create.fields, create.changes, stamp),
		);
	for (const update of writes.updates)
		updateAction(
			db,
			update.before.id,
			update.fields,
			update.archivedAt,
			update.changes,
			stamp,
		);
	for (const note of writes.notes) {
		const actionId =
			typeof note.target === "number"
				? note.target
				: createdIds.get(note.target);
		if (actionId !== undefined)
			insertActionNote(
				db,
				actionId,
				{ date: note.row.date, text: note.row.text },
				stamp,
			);
	}
}

function toPlanIssue(fileName: string, issue: ImportIssue): PlanIssue {
	return {
		sheet: issue.sheet ?? null,
		cell: issue.cell ?? null,
		line: issue.line ?? null,
		message: issue.message,
		formatted: formatIssue(fileName, issue),
	};
}

function outcomeOf(
	writes: PlanWrites,
	dryRun: boolean,
): PlanImportResult["outcome"] {
	if (writes.errors.length > 0) return "refused";
	if (writes.creates.length + writes.updates.length + writes.notes.length === 0)
		return "unchanged";
	return dryRun ? "dry-run" : "imported";
}

/**
 * Compares the workbook with the stored plan and, unless it is a dry run or anything is wrong,
 * writes every change in one transaction (BEGIN IMMEDIATE, so the comparison still holds when it
 * writes). Actions missing from the file are left alone: nothing is ever deleted.
 */
export function importPlan(
	db: Db,
	parsed: ParsedPlan,
	options: { fileName: string; dryRun: boolean },
	stamp: WriteStamp,
): PlanImportResult {
	return inWriteTransaction(db, () => {
		const writes = planWrites(db, parsed, stamp.at);
		const outcome = outcomeOf(writes, options.dryRun);
		if (outcome === "imported") write(db, writes, stamp);
		return {
			outcome,
			fileName: options.fileName,
			created: writes.creates.map((c) => ({
				line: c.row.record.line,
				title: c.fields.title,
				changes: c.changes,
			})),
			updated: writes.updates.map((u) => ({
				line: u.row.record.line,
				actionId: u.before.id,
				title: u.fields.title,
				changes: u.changes,
			})),
			unchanged: writes.unchanged,
			notes: writes.notes.map((n) => ({
				line: n.row.record.line,
				actionId: typeof n.target === "number" ? n.target : null,
				date: n.row.date,
				text: n.row.text,
			})),
			notesUnchanged: writes.notesUnchanged,
			errors: writes.errors.map((issue) =>
				toPlanIssue(options.fileName, issue),
			),
			warnings: parsed.warnings.map((issue) =>
				toPlanIssue(options.fileName, issue),
			),
		};
	});
}

/** Reads the uploaded workbook and imports it (or previews it, with dryRun). */
export async function importPlanWorkbook(
	db: Db,
	file: { fileName: string; bytes: Uint8Array },
	dryRun: boolean,
	stamp: WriteStamp,
): Promise<PlanImportResult> {
	const parsed = await readPlanWorkbook(file.bytes, listFactorLabels(db));
	return importPlan(db, parsed, { fileName: file.fileName, dryRun }, stamp);
}

/** A refused workbook: the error shape, plus the summary with every error found. */
export function planRefusal(result: PlanImportResult): PlanImportRefusal {
	const count = result.errors.length;
	return {
		...result,
		...apiError(
			422,
			"plan_import_refused",
			`${result.fileName} was refused with ${count} error${count === 1 ? "" : "s"}; nothing was written. Fix the cells listed in "errors" and upload it again.`,
		),
	};
}
