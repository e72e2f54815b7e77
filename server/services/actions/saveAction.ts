import type { Db } from "../../../db/client.ts";
import { insertActionNote } from "../../../db/queries/actions/insertActionNote.ts";
import { getAction } from "../../../db/queries/actions/listActions.ts";
import {
	insertAction,
	updateAction,
	type WriteStamp,
} from "../../../db/queries/actions/writeAction.ts";
import { inWriteTransaction } from "../../../db/queries/inWriteTransaction.ts";
import {
	type ActionPatch,
	applyActionPatch,
	checkActionFields,
	checkArchivedPatch,
	creationChanges,
	diffActionFields,
	normaliseFields,
} from "../../../domain/actionRules.ts";
import type {
	ActionChange,
	ActionFields,
	ActionRecord,
	FieldIssue,
} from "../../../domain/actions.ts";
import { isCalendarDate } from "../../../domain/calendarDate.ts";
import type {
	ActionNote,
	CreateAction,
	PatchAction,
} from "../../schemas/actions.ts";
import { type Refusal, refuse } from "../refusal.ts";
import { knownTargets, withLinksOf } from "./knownTargets.ts";

export type { WriteStamp };

export function refuseIssue(
	issue: FieldIssue,
	status: 400 | 409 = 400,
): Refusal {
	return refuse(status, issue.code, issue.message, issue.field);
}

export function actionNotFound(id: number): Refusal {
	return refuse(
		404,
		"action_not_found",
		`There is no action ${id}. GET /api/actions lists the plan (add includeArchived=true for archived ones).`,
	);
}

export function fieldsOfCreate(input: CreateAction): ActionFields {
	return normaliseFields({
		title: input.title,
		description: input.description ?? "",
		owner: {
			department: input.owner.department,
			person: input.owner.person ?? "",
		},
		factorIds: input.factorIds ?? [],
		insiktAreas: input.insiktAreas ?? [],
		start: input.start ?? null,
		due: input.due ?? null,
		status: input.status ?? "planerad",
	});
}

/** Stores a new action and its first values in the history; refuses fields that break a rule. */
export function createAction(
	db: Db,
	input: CreateAction,
	stamp: WriteStamp,
): ActionRecord | Refusal {
	const fields = fieldsOfCreate(input);
	return inWriteTransaction(db, () => {
		const issue = checkActionFields(fields, knownTargets(db))[0];
		if (issue) return refuseIssue(issue);
		const id = insertAction(db, fields, creationChanges(fields), stamp);
		return getAction(db, id) ?? actionNotFound(id);
	});
}

/** The changes a patch makes to a stored action, or the rule it breaks. */
export function planPatch(
	db: Db,
	before: ActionRecord,
	patch: ActionPatch,
	at: string,
):
	| { fields: ActionFields; archivedAt: string | null; changes: ActionChange[] }
	| Refusal {
	const archivedIssue = checkArchivedPatch(before.archivedAt !== null, patch);
	if (archivedIssue) return refuseIssue(archivedIssue, 409);
	const fields = applyActionPatch(before, patch);
	const issue = checkActionFields(
		fields,
		withLinksOf(knownTargets(db), before),
	)[0];
	if (issue) return refuseIssue(issue);
	const archivedAt =
		patch.archived === true
			? (before.archivedAt ?? at)
			: patch.archived === false
				? null
				: before.archivedAt;
	const changes = diffActionFields(before, fields);
	if (archivedAt !== before.archivedAt)
		changes.push({
			field: "archivedAt",
			oldValue: before.archivedAt,
			newValue: archivedAt,
		});
	return { fields, archivedAt, changes };
}

function editConflict(before: ActionRecord, version: number): Refusal {
	return refuse(
		409,
		"edit_conflict",
		`Action ${before.id} was changed by ${before.updatedBy} at ${before.updatedAt} after you opened it (it is at version ${before.version}, your edit is based on version ${version}). Reload it and make your change again.`,
		"version",
	);
}

/** Applies a patch: one history row per changed field; nothing is written when nothing changes. */
export function patchAction(
	db: Db,
	id: number,
	patch: PatchAction,
	stamp: WriteStamp,
): ActionRecord | Refusal {
	return inWriteTransaction(db, () => {
		const before = getAction(db, id);
		if (!before) return actionNotFound(id);
		const { version, ...changes } = patch;
		if (version !== undefined && version !== before.version)
			return editConflict(before, version);
		const planned = planPatch(db, before, changes, stamp.at);
		if ("refused" in planned) return planned;
		if (planned.changes.length === 0) return before;
		updateAction(
			db,
			id,
			planned.fields,
			planned.archivedAt,
			planned.changes,
			stamp,
		);
		return getAction(db, id) ?? actionNotFound(id);
	});
}

/** Adds a dated progress note (today in Sweden when no date is given). */
export function addActionNote(
	db: Db,
	id: number,
	note: { date: string; text: string },
	stamp: WriteStamp,
): ActionNote | Refusal {
	const text = note.text.trim();
	if (text === "")
		return refuse(
			400,
			"note_empty",
			'The field "text" is empty: write what happened.',
			"text",
		);
	if (!isCalendarDate(note.date))
		return refuse(
			400,
			"invalid_date",
			`The field "date" is "${note.date}", which is not a calendar date: write it as YYYY-MM-DD.`,
			"date",
		);
	return inWriteTransaction(db, () => {
		const action = getAction(db, id);
		if (!action) return actionNotFound(id);
		if (action.archivedAt !== null)
			return refuse(
				409,
				"action_archived",
				`Action ${id} is archived: bring it back first (PATCH with {"archived": false}) to add notes.`,
				"archived",
			);
		return insertActionNote(db, id, { date: note.date, text }, stamp);
	});
}
