import type { ActionStatus } from "../../../domain/actions.ts";
import { findInsiktArea } from "../../../domain/insikt.ts";
import type {
	Action,
	CreateAction,
	PatchAction,
} from "../../../server/schemas/actions.ts";

/** What the form holds: texts as typed, dates as typed ("" = not decided). */
export interface ActionDraft {
	title: string;
	description: string;
	department: string;
	person: string;
	start: string;
	due: string;
	status: ActionStatus;
	factorIds: string[];
	insiktAreas: string[];
}

export const EMPTY_DRAFT: ActionDraft = {
	title: "",
	description: "",
	department: "",
	person: "",
	start: "",
	due: "",
	status: "planerad",
	factorIds: [],
	insiktAreas: [],
};

export function draftOf(action: Action): ActionDraft {
	return {
		title: action.title,
		description: action.description,
		department: action.owner.department,
		person: action.owner.person,
		start: action.start ?? "",
		due: action.due ?? "",
		status: action.status,
		factorIds: action.factorIds,
		insiktAreas: action.insiktAreas,
	};
}

const dateOrNull = (text: string): string | null =>
	text.trim() === "" ? null : text.trim();

/** The body of POST /api/actions; the server checks every field and names the one it refuses. */
export function createBody(draft: ActionDraft): CreateAction {
	return {
		title: draft.title,
		description: draft.description,
		owner: { department: draft.department, person: draft.person },
		start: dateOrNull(draft.start),
		due: dateOrNull(draft.due),
		status: draft.status,
		factorIds: draft.factorIds,
		insiktAreas: draft.insiktAreas.flatMap((area) => {
			const id = findInsiktArea(area);
			return id ? [id] : [];
		}),
	};
}

/** The body of PATCH /api/actions/:id, with the version the edit is based on. */
export function patchBody(draft: ActionDraft, version: number): PatchAction {
	return { ...createBody(draft), version };
}

/** The draft field (and so the input) an API error's `field` is about. */
export type DraftField = keyof ActionDraft;

export function draftFieldOf(apiField: string | null): DraftField | null {
	if (apiField === null) return null;
	if (apiField === "owner.department" || apiField === "owner")
		return "department";
	if (apiField === "owner.person") return "person";
	const base = apiField.split(/[./[]/)[0] ?? "";
	const fields: readonly DraftField[] = [
		"title",
		"description",
		"start",
		"due",
		"status",
		"factorIds",
		"insiktAreas",
	];
	return fields.find((f) => f === base) ?? null;
}

/** Adds or removes an id from a list, keeping the list's order. */
export function toggled(list: readonly string[], id: string): string[] {
	return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}
