import { asc, inArray } from "drizzle-orm";
import type { Db } from "../../client.ts";
import { actionNote } from "../../schema.ts";

export interface ActionNoteRow {
	id: number;
	actionId: number;
	/** YYYY-MM-DD. */
	date: string;
	text: string;
	author: string;
	createdAt: string;
}

/** The notes of the given actions, oldest date first (then in the order written). */
export function listActionNotes(
	db: Db,
	actionIds: readonly number[],
): ActionNoteRow[] {
	if (actionIds.length === 0) return [];
	return db
		.select()
		.from(actionNote)
		.where(inArray(actionNote.actionId, [...actionIds]))
		.orderBy(asc(actionNote.actionId), asc(actionNote.date), asc(actionNote.id))
		.all();
}
