import { eq } from "drizzle-orm";
import type { Db } from "../../client.ts";
import { action, actionNote } from "../../schema.ts";
import type { ActionNoteRow } from "./listActionNotes.ts";
import { insertActionChanges, type WriteStamp } from "./writeAction.ts";

/** A progress note, recorded in the history too; the action counts as updated. */
export function insertActionNote(
	db: Db,
	actionId: number,
	note: { date: string; text: string },
	stamp: WriteStamp,
): ActionNoteRow {
	const row = db
		.insert(actionNote)
		.values({
			actionId,
			date: note.date,
			text: note.text,
			author: stamp.actor,
			createdAt: stamp.at,
		})
		.returning()
		.get();
	db.update(action)
		.set({ updatedAt: stamp.at, updatedBy: stamp.actor })
		.where(eq(action.id, actionId))
		.run();
	insertActionChanges(
		db,
		actionId,
		[{ field: "note", oldValue: null, newValue: `${note.date}: ${note.text}` }],
		stamp,
	);
	return row;
}
