import type { Db } from "../../../db/client.ts";
import { listActionNotes } from "../../../db/queries/actions/listActionNotes.ts";
import { listActions } from "../../../db/queries/actions/listActions.ts";
import {
	checkActionFields,
	creationChanges,
	normaliseFields,
} from "../../../domain/actionRules.ts";
import type {
	ActionChange,
	ActionFields,
	ActionRecord,
} from "../../../domain/actions.ts";
import type { ImportIssue } from "../../../domain/importRows.ts";
import { issueAt } from "../../../importers/table/header.ts";
import { knownTargets } from "./knownTargets.ts";
import type { PlanColumnKey } from "./planColumns.ts";
import type { ParsedPlan, PlanNoteRow, PlanRow } from "./readPlanWorkbook.ts";
import { planPatch } from "./saveAction.ts";

/** What a workbook would do to the plan: new actions, changed ones, new notes. */
export interface PlanWrites {
	creates: { row: PlanRow; fields: ActionFields; changes: ActionChange[] }[];
	updates: {
		row: PlanRow;
		before: ActionRecord;
		fields: ActionFields;
		archivedAt: string | null;
		changes: ActionChange[];
	}[];
	unchanged: number;
	notes: { row: PlanNoteRow; target: number | PlanRow }[];
	notesUnchanged: number;
	errors: ImportIssue[];
}

/** The column an issue about an API field points at. */
const COLUMN_OF_FIELD: Record<string, PlanColumnKey> = {
	title: "title",
	description: "description",
	"owner.department": "department",
	"owner.person": "person",
	factorIds: "factorIds",
	insiktAreas: "insiktAreas",
	start: "start",
	due: "due",
	status: "status",
	archived: "archived",
	version: "version",
};

function rowIssue(
	row: PlanRow,
	field: string | undefined,
	message: string,
): ImportIssue {
	const key = field === undefined ? undefined : COLUMN_OF_FIELD[field];
	return issueAt(
		row.record,
		key === undefined ? undefined : row.positions.get(key),
		message,
	);
}

/**
 * A row without an Id: a new action, with the defaults of POST /api/actions. A title that an
 * action in the plan already has is refused: the same file uploaded twice must not double it.
 */
function planCreate(
	row: PlanRow,
	db: Db,
	stored: ReadonlyMap<number, ActionRecord>,
	writes: PlanWrites,
): void {
	const { patch } = row;
	const twin = [...stored.values()].find(
		(action) =>
			action.archivedAt === null &&
			titleKey(action.title) === titleKey(patch.title ?? ""),
	);
	if (twin) {
		writes.errors.push(
			rowIssue(
				row,
				"title",
				`the plan already has an action called "${twin.title}" (Id ${twin.id}): write ${twin.id} in the Id column to change it, or give the new action another title`,
			),
		);
		return;
	}
	const earlier = writes.creates.find(
		(create) => titleKey(create.fields.title) === titleKey(patch.title ?? ""),
	);
	if (earlier) {
		writes.errors.push(
			rowIssue(
				row,
				"title",
				`row ${earlier.row.record.line} adds an action with the same title: give each new action its own title`,
			),
		);
		return;
	}
	if (patch.archived === true) {
		writes.errors.push(
			rowIssue(
				row,
				"archived",
				"a new action (no Id) cannot be archived: remove the mark",
			),
		);
		return;
	}
	const fields = normaliseFields({
		title: patch.title ?? "",
		description: patch.description ?? "",
		owner: {
			department: patch.owner?.department ?? "",
			person: patch.owner?.person ?? "",
		},
		factorIds: patch.factorIds ?? [],
		insiktAreas: patch.insiktAreas ?? [],
		start: patch.start ?? null,
		due: patch.due ?? null,
		status: patch.status ?? "planerad",
	});
	const issue = checkActionFields(fields, knownTargets(db))[0];
	if (issue) writes.errors.push(rowIssue(row, issue.field, issue.message));
	else writes.creates.push({ row, fields, changes: creationChanges(fields) });
}

function planUpdate(
	row: PlanRow,
	before: ActionRecord,
	db: Db,
	at: string,
	writes: PlanWrites,
): void {
	const planned = planPatch(db, before, row.patch, at);
	if ("refused" in planned) {
		writes.errors.push(
			rowIssue(row, planned.refused.field, planned.refused.message),
		);
		return;
	}
	if (planned.changes.length === 0) {
		writes.unchanged += 1;
		return;
	}
	if (row.version !== null && row.version !== before.version) {
		writes.errors.push(
			rowIssue(
				row,
				"version",
				`action ${before.id} was changed in Topp10 after this file was exported (version ${row.version} here, ${before.version} now, by ${before.updatedBy}): export the plan again and redo this row's changes`,
			),
		);
		return;
	}
	writes.updates.push({ row, before, ...planned });
}

function titleKey(title: string): string {
	return title.trim().toLowerCase();
}

/** A note's action: by Id, else by a title that names exactly one action (in the file or stored). */
function noteTarget(
	note: PlanNoteRow,
	stored: ReadonlyMap<number, ActionRecord>,
	writes: PlanWrites,
): number | PlanRow | ImportIssue {
	if (note.actionId !== null) {
		const action = stored.get(note.actionId);
		if (!action)
			return issueAt(note.record, 0, `there is no action ${note.actionId}`);
		const update = writes.updates.find((u) => u.before.id === action.id);
		const archivedAt = update ? update.archivedAt : action.archivedAt;
		if (archivedAt !== null)
			return issueAt(
				note.record,
				0,
				`action ${action.id} is archived; bring it back (Arkiverad empty) to add notes`,
			);
		return action.id;
	}
	const key = titleKey(note.title);
	const candidates = [
		...writes.creates
			.filter((c) => titleKey(c.fields.title) === key)
			.map((c) => c.row),
		...[...stored.values()]
			.filter((a) => a.archivedAt === null && titleKey(a.title) === key)
			.map((a) => a.id),
	];
	if (candidates.length === 1 && candidates[0] !== undefined)
		return candidates[0];
	return issueAt(
		note.record,
		1,
		candidates.length === 0
			? `no action is called "${note.title}": give its Åtgärd-id`
			: `${candidates.length} actions are called "${note.title}": give the Åtgärd-id`,
	);
}

function planNotes(
	parsed: ParsedPlan,
	stored: ReadonlyMap<number, ActionRecord>,
	db: Db,
	writes: PlanWrites,
): void {
	const existing = new Set(
		listActionNotes(db, [...stored.keys()]).map(
			(n) => `${n.actionId}\u0000${n.date}\u0000${n.text}`,
		),
	);
	for (const note of parsed.notes) {
		const target = noteTarget(note, stored, writes);
		if (typeof target === "object" && "message" in target) {
			writes.errors.push(target);
			continue;
		}
		if (
			typeof target === "number" &&
			existing.has(`${target}\u0000${note.date}\u0000${note.text}`)
		) {
			writes.notesUnchanged += 1;
			continue;
		}
		writes.notes.push({ row: note, target });
	}
}

/**
 * Compares a read workbook with the stored plan: what it would add and change, and every problem
 * (its own read errors included). Writes nothing.
 */
export function planWrites(db: Db, parsed: ParsedPlan, at: string): PlanWrites {
	const writes: PlanWrites = {
		creates: [],
		updates: [],
		unchanged: 0,
		notes: [],
		notesUnchanged: 0,
		errors: [...parsed.errors],
	};
	const stored = new Map(
		listActions(db, { includeArchived: true }).map((a) => [a.id, a]),
	);
	const seen = new Set<number>();
	for (const row of parsed.rows) {
		if (row.id === null) {
			planCreate(row, db, stored, writes);
			continue;
		}
		const before = stored.get(row.id);
		if (!before || seen.has(row.id)) {
			writes.errors.push(
				rowIssue(
					row,
					undefined,
					before
						? `action ${row.id} is on more than one row`
						: `there is no action ${row.id}: leave Id empty to add a new action`,
				),
			);
			continue;
		}
		seen.add(row.id);
		planUpdate(row, before, db, at, writes);
	}
	planNotes(parsed, stored, db, writes);
	return writes;
}
