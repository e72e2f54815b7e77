import type { Db } from "../../../db/client.ts";
import { listActionHistory } from "../../../db/queries/actions/listActionHistory.ts";
import { listActionNotes } from "../../../db/queries/actions/listActionNotes.ts";
import { getAction } from "../../../db/queries/actions/listActions.ts";
import type { ActionDetail, ActionHistory } from "../../schemas/actions.ts";
import type { Refusal } from "../refusal.ts";
import { actionNotFound } from "./saveAction.ts";

/** One action with its notes, archived or not. */
export function getActionDetail(db: Db, id: number): ActionDetail | Refusal {
	const action = getAction(db, id);
	if (!action) return actionNotFound(id);
	return { ...action, notes: listActionNotes(db, [id]) };
}

export function getActionHistory(db: Db, id: number): ActionHistory | Refusal {
	if (!getAction(db, id)) return actionNotFound(id);
	return { actionId: id, history: listActionHistory(db, id) };
}
