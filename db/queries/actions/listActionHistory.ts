import { asc, eq } from "drizzle-orm";
import type {
	ActionHistoryField,
	ChangeValue,
} from "../../../domain/actions.ts";
import type { Db } from "../../client.ts";
import { actionChange } from "../../schema.ts";

export interface ActionHistoryRow {
	id: number;
	changedAt: string;
	changedBy: string;
	field: ActionHistoryField;
	oldValue: ChangeValue;
	newValue: ChangeValue;
}

function parseValue(text: string | null): ChangeValue {
	if (text === null) return null;
	const value: unknown = JSON.parse(text);
	if (typeof value === "string" || value === null) return value;
	if (Array.isArray(value)) return value.map(String);
	return String(value);
}

/** Every change to one action, oldest first. */
export function listActionHistory(
	db: Db,
	actionId: number,
): ActionHistoryRow[] {
	return db
		.select()
		.from(actionChange)
		.where(eq(actionChange.actionId, actionId))
		.orderBy(asc(actionChange.id))
		.all()
		.map((row) => ({
			id: row.id,
			changedAt: row.changedAt,
			changedBy: row.changedBy,
			field: row.field,
			oldValue: parseValue(row.oldValue),
			newValue: parseValue(row.newValue),
		}));
}
