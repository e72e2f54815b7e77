import { and, asc, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { ActionRecord, ActionStatus } from "../../../domain/actions.ts";
import type { Db } from "../../client.ts";
import { action, actionArea, actionFactor } from "../../schema.ts";

export interface ActionFilter {
	ids?: readonly number[];
	/** Only these statuses (named as the API's query parameter). */
	status?: readonly ActionStatus[];
	/** Only actions linked to this SN factor id. */
	factorId?: string;
	/** Only actions linked to this Insikt area. */
	area?: string;
	/** Archived actions are left out unless asked for. */
	includeArchived: boolean;
}

function conditionsOf(filter: ActionFilter): SQL[] {
	const conditions: SQL[] = [];
	if (filter.ids) conditions.push(inArray(action.id, [...filter.ids]));
	if (filter.status && filter.status.length > 0)
		conditions.push(inArray(action.status, [...filter.status]));
	if (!filter.includeArchived) conditions.push(isNull(action.archivedAt));
	if (filter.factorId !== undefined)
		conditions.push(
			sql`${action.id} in (select ${actionFactor.actionId} from ${actionFactor} where ${actionFactor.factorId} = ${filter.factorId})`,
		);
	if (filter.area !== undefined)
		conditions.push(
			sql`${action.id} in (select ${actionArea.actionId} from ${actionArea} where ${actionArea.area} = ${filter.area})`,
		);
	return conditions;
}

/** Linked ids per action, sorted. */
function linksOf(
	rows: { actionId: number; id: string }[],
): Map<number, string[]> {
	const byAction = new Map<number, string[]>();
	for (const row of rows) {
		const ids = byAction.get(row.actionId) ?? [];
		ids.push(row.id);
		byAction.set(row.actionId, ids);
	}
	for (const ids of byAction.values()) ids.sort();
	return byAction;
}

/** The plan's actions in the order they were added, with their linked factors and areas. */
export function listActions(db: Db, filter: ActionFilter): ActionRecord[] {
	const rows = db
		.select()
		.from(action)
		.where(and(...conditionsOf(filter)))
		.orderBy(asc(action.id))
		.all();
	if (rows.length === 0) return [];
	const ids = rows.map((row) => row.id);
	const factors = linksOf(
		db
			.select({ actionId: actionFactor.actionId, id: actionFactor.factorId })
			.from(actionFactor)
			.where(inArray(actionFactor.actionId, ids))
			.all(),
	);
	const areas = linksOf(
		db
			.select({ actionId: actionArea.actionId, id: actionArea.area })
			.from(actionArea)
			.where(inArray(actionArea.actionId, ids))
			.all(),
	);
	return rows.map((row) => ({
		id: row.id,
		title: row.title,
		description: row.description,
		owner: { department: row.ownerDepartment, person: row.ownerPerson },
		factorIds: factors.get(row.id) ?? [],
		insiktAreas: areas.get(row.id) ?? [],
		start: row.start,
		due: row.due,
		status: row.status,
		version: row.version,
		createdAt: row.createdAt,
		createdBy: row.createdBy,
		updatedAt: row.updatedAt,
		updatedBy: row.updatedBy,
		archivedAt: row.archivedAt,
	}));
}

/** One action, archived or not. */
export function getAction(db: Db, id: number): ActionRecord | undefined {
	return listActions(db, { ids: [id], includeArchived: true })[0];
}
