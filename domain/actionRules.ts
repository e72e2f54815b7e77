import {
	ACTION_TEXT_LIMITS,
	type ActionChange,
	type ActionFields,
	type ActionHistoryField,
	type ActionOwner,
	type ChangeValue,
	type FieldIssue,
} from "./actions.ts";
import { isCalendarDate } from "./calendarDate.ts";

/** A change to some of an action's fields; `archived` archives (true) or brings it back (false). */
export type ActionPatch = Partial<Omit<ActionFields, "owner">> & {
	owner?: Partial<ActionOwner>;
	archived?: boolean;
};

/** The ids a plan may link to: the factor ids stored in sn_factor (and "total"), the Insikt areas. */
export interface KnownTargets {
	factorIds: ReadonlySet<string>;
	insiktAreas: ReadonlySet<string>;
}

/** Trimmed, without repeats, sorted: the order ids were picked in carries no meaning. */
export function normaliseIds(ids: readonly string[]): string[] {
	return [
		...new Set(ids.map((id) => id.trim()).filter((id) => id !== "")),
	].sort();
}

/** Texts trimmed, id lists normalised, so that "Bygglov " and "Bygglov" are not a change. */
export function normaliseFields(fields: ActionFields): ActionFields {
	return {
		title: fields.title.trim(),
		description: fields.description.trim(),
		owner: {
			department: fields.owner.department.trim(),
			person: fields.owner.person.trim(),
		},
		factorIds: normaliseIds(fields.factorIds),
		insiktAreas: normaliseIds(fields.insiktAreas),
		start: fields.start,
		due: fields.due,
		status: fields.status,
	};
}

/** The fields after a patch; what the patch leaves out stays as it was. */
export function applyActionPatch(
	before: ActionFields,
	patch: ActionPatch,
): ActionFields {
	return normaliseFields({
		title: patch.title ?? before.title,
		description: patch.description ?? before.description,
		owner: {
			department: patch.owner?.department ?? before.owner.department,
			person: patch.owner?.person ?? before.owner.person,
		},
		factorIds: patch.factorIds ?? before.factorIds,
		insiktAreas: patch.insiktAreas ?? before.insiktAreas,
		start: patch.start === undefined ? before.start : patch.start,
		due: patch.due === undefined ? before.due : patch.due,
		status: patch.status ?? before.status,
	});
}

function textIssues(fields: ActionFields): FieldIssue[] {
	const texts: [string, string, number][] = [
		["title", fields.title, ACTION_TEXT_LIMITS.title],
		["description", fields.description, ACTION_TEXT_LIMITS.description],
		[
			"owner.department",
			fields.owner.department,
			ACTION_TEXT_LIMITS.department,
		],
		["owner.person", fields.owner.person, ACTION_TEXT_LIMITS.person],
	];
	const issues: FieldIssue[] = [];
	if (fields.title === "")
		issues.push({
			field: "title",
			code: "title_required",
			message: 'The field "title" is empty: give the action a short title.',
		});
	if (fields.owner.department === "")
		issues.push({
			field: "owner.department",
			code: "department_required",
			message:
				'The field "owner.department" is empty: name the responsible förvaltning.',
		});
	for (const [field, text, limit] of texts)
		if (text.length > limit)
			issues.push({
				field,
				code: "too_long",
				message: `The field "${field}" has ${text.length} characters; at most ${limit} are allowed.`,
			});
	return issues;
}

function dateIssues(fields: ActionFields): FieldIssue[] {
	const issues: FieldIssue[] = [];
	for (const field of ["start", "due"] as const) {
		const value = fields[field];
		if (value !== null && !isCalendarDate(value))
			issues.push({
				field,
				code: "invalid_date",
				message: `The field "${field}" is "${value}", which is not a calendar date: write it as YYYY-MM-DD, such as 2024-03-01.`,
			});
	}
	if (
		issues.length === 0 &&
		fields.start !== null &&
		fields.due !== null &&
		fields.due < fields.start
	)
		issues.push({
			field: "due",
			code: "due_before_start",
			message: `The field "due" (${fields.due}) is before "start" (${fields.start}): the due date must be on or after the start date.`,
		});
	return issues;
}

function unknownIssue(
	field: "factorIds" | "insiktAreas",
	unknown: string[],
	known: ReadonlySet<string>,
): FieldIssue[] {
	if (unknown.length === 0) return [];
	const what = field === "factorIds" ? "factor id" : "Insikt area id";
	const examples = [...known].sort().slice(0, 6).join(", ");
	return [
		{
			field,
			code: field === "factorIds" ? "unknown_factor" : "unknown_insikt_area",
			message: `The field "${field}" has the unknown ${what}${unknown.length === 1 ? "" : "s"} ${unknown.map((id) => `"${id}"`).join(", ")}: use ids such as ${examples}.`,
		},
	];
}

/** Every rule an action's fields must keep; an empty list means it can be stored. */
export function checkActionFields(
	fields: ActionFields,
	known: KnownTargets,
): FieldIssue[] {
	return [
		...textIssues(fields),
		...dateIssues(fields),
		...unknownIssue(
			"factorIds",
			fields.factorIds.filter((id) => !known.factorIds.has(id)),
			known.factorIds,
		),
		...unknownIssue(
			"insiktAreas",
			fields.insiktAreas.filter((id) => !known.insiktAreas.has(id)),
			known.insiktAreas,
		),
	];
}

/**
 * An archived action is kept as it was: the only change it takes is coming back
 * (`archived: false`), possibly with other changes in the same patch.
 */
export function checkArchivedPatch(
	isArchived: boolean,
	patch: ActionPatch,
): FieldIssue | null {
	if (!isArchived || patch.archived === false) return null;
	const { archived: _archived, ...fields } = patch;
	if (Object.keys(fields).length === 0) return null;
	return {
		field: "archived",
		code: "action_archived",
		message:
			'The action is archived and cannot be changed: bring it back first with {"archived": false}.',
	};
}

/** One value per history field, the way the history shows it. */
function historyValues(
	fields: ActionFields,
): Record<Exclude<ActionHistoryField, "archivedAt" | "note">, ChangeValue> {
	return {
		title: fields.title,
		description: fields.description,
		"owner.department": fields.owner.department,
		"owner.person": fields.owner.person,
		factorIds: fields.factorIds,
		insiktAreas: fields.insiktAreas,
		start: fields.start,
		due: fields.due,
		status: fields.status,
	};
}

function sameValue(a: ChangeValue, b: ChangeValue): boolean {
	if (Array.isArray(a) && Array.isArray(b))
		return a.length === b.length && a.every((value, i) => value === b[i]);
	return a === b;
}

/** One change per field that differs, in the order of the history fields. */
export function diffActionFields(
	before: ActionFields,
	after: ActionFields,
): ActionChange[] {
	const old = historyValues(before);
	const next = historyValues(after);
	return (Object.keys(next) as (keyof typeof next)[])
		.filter((field) => !sameValue(old[field], next[field]))
		.map((field) => ({
			field,
			oldValue: old[field],
			newValue: next[field],
		}));
}

/** A new action's history: every field that is not empty, from nothing to its first value. */
export function creationChanges(fields: ActionFields): ActionChange[] {
	return Object.entries(historyValues(fields))
		.filter(
			([, value]) =>
				value !== null &&
				value !== "" &&
				!(Array.isArray(value) && value.length === 0),
		)
		.map(([field, value]) => ({
			field: field as ActionHistoryField,
			oldValue: null,
			newValue: value,
		}));
}
