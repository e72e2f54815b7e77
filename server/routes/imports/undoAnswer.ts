import type { UndoOutcome } from "../../../importers/pipeline/undoImport.ts";
import { apiError } from "../../plugins/errors.ts";
import type { ApiError } from "../../schemas/errors.ts";
import type { UndoRefusal, UndoResult } from "../../schemas/imports.ts";

export type UndoAnswer =
	| { status: 200; body: UndoResult }
	| { status: 404; body: ApiError }
	| { status: 409; body: UndoRefusal };

function refused(message: string, laterRuns: UndoRefusal["laterRuns"] = []) {
	return {
		status: 409 as const,
		body: { ...apiError(409, "undo_refused", message), laterRuns },
	};
}

/** The answer to an undo: the restored counts, 404 for an unknown run, 409 with the reason it stays. */
export function undoAnswer(outcome: UndoOutcome): UndoAnswer {
	const run = `Run ${outcome.runId}`;
	switch (outcome.status) {
		case "undone":
			return {
				status: 200,
				body: {
					runId: outcome.runId,
					undoneAt: outcome.undoneAt,
					deleted: outcome.deleted,
					restored: outcome.restored,
					reinserted: outcome.reinserted,
				},
			};
		case "not-found":
			return {
				status: 404,
				body: apiError(404, "not_found", `${run} does not exist.`),
			};
		case "already-undone":
			return refused(`${run} was already undone at ${outcome.undoneAt}.`);
		case "not-logged":
			return refused(
				`${run} was imported before changes were recorded, so it cannot be undone exactly.`,
			);
		case "overwritten":
			return refused(
				`${run} cannot be undone: later runs changed the same figures (${outcome.laterRuns.map((later) => `run ${later.id}, ${later.fileName}`).join("; ")}). Undo ${outcome.laterRuns.length === 1 ? "that run" : "those runs"} first.`,
				outcome.laterRuns,
			);
	}
}
