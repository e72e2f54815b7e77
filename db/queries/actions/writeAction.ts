import { eq, sql } from "drizzle-orm";
import type { ActionChange, ActionFields } from "../../../domain/actions.ts";
import type { Db } from "../../client.ts";
import {
	action,
	actionArea,
	actionChange,
	actionFactor,
} from "../../schema.ts";

/** Who writes and when; every write records both. */
export interface WriteStamp {
	actor: string;
	at: string;
}

/** History rows for the changes; values are stored as JSON so lists and null survive. */
export function insertActionChanges(
	db: Db,
	actionId: number,
	changes: readonly ActionChange[],
	stamp: WriteStamp,
): void {
	if (changes.length === 0) return;
	db.insert(actionChange)
		.values(
			changes.map((change) => ({
				actionId,
				changedAt: stamp.at,
				changedBy: stamp.actor,
				field: change.field,
				oldValue: JSON.stringify(change.oldValue),
				newValue: JSON.stringify(change.newValue),
			})),
		)
		.run();
}

function replaceLinks(db: Db, actionId: number, fields: ActionFields): void {
	db.delete(actionFactor).where(eq(actionFactor.actionId, actionId)).run();
	db.delete(actionArea).where(eq(actionArea.actionId, actionId)).run();
	if (fields.factorIds.length > 0)
		db.insert(actionFactor)
			.values(fields.factorIds.map((factorId) => ({ actionId, factorId })))
			.run();
	if (fields.insiktAreas.length > 0)
		db.insert(actionArea)
			.values(fields.insiktAreas.map((area) => ({ actionId, area })))
			.run();
}

function columnsOf(fields: ActionFields) {
	return {
		title: fields.title,
		description: fields.description,
		ownerDepartment: fields.owner.department,
		ownerPerson: fields.owner.person,
		start: fields.start,
		due: fields.due,
		status: fields.status,
	};
}

/** A new action with its links and the history of its first values; answers its id. */
export function insertAction(
	db: Db,
	fields: ActionFields,
	changes: readonly ActionChange[],
	stamp: WriteStamp,
): number {
	const inserted = db
		.insert(action)
		.values({
			...columnsOf(fields),
			createdAt: stamp.at,
			createdBy: stamp.actor,
			updatedAt: stamp.at,
			updatedBy: stamp.actor,
		})
		.returning({ id: action.id })
		.get();
	replaceLinks(db, inserted.id, fields);
	insertActionChanges(db, inserted.id, changes, stamp);
	return inserted.id;
}

/**
 * Stores an action's new fields and archive state with one history row per change and the
 * version counted up. The caller has computed `changes` from the stored fields, in the same
 * transaction.
 */
export function updateAction(
	db: Db,
	id: number,
	fields: ActionFields,
	archivedAt: string | null,
	changes: readonly ActionChange[],
	stamp: WriteStamp,
): void {
	db.update(action)
		.set({
			...columnsOf(fields),
			archivedAt,
			version: sql`${action.version} + 1`,
			updatedAt: stamp.at,
			updatedBy: stamp.actor,
		})
		.where(eq(action.id, id))
		.run();
	if (
		changes.some(
			(change) =>
				change.field === "factorIds" || change.field === "insiktAreas",
		)
	)
		replaceLinks(db, id, fields);
	insertActionChanges(db, id, changes, stamp);
}
