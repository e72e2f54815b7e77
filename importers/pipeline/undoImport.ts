import type Database from "better-sqlite3";
import type { Db } from "../../db/client.ts";
import {
	sqliteClientOf,
	statementOf,
} from "../../db/queries/imports/sqliteClientOf.ts";
import type { Clock } from "./applyImport.ts";
import { LOGGED, LOGGED_TABLES, type LoggedTable } from "./changeLog.ts";

type Sqlite = Database.Database;

export interface LaterRun {
	id: number;
	fileName: string;
}

export type UndoOutcome =
	| {
			status: "undone";
			runId: number;
			undoneAt: string;
			/** Rows deleted (the run inserted them), restored (it changed them) and put back (it deleted them). */
			deleted: number;
			restored: number;
			reinserted: number;
	  }
	| { status: "not-found"; runId: number }
	| { status: "already-undone"; runId: number; undoneAt: string }
	/** Runs from before the change log (migration 0005) cannot be undone exactly. */
	| { status: "not-logged"; runId: number }
	/** Later runs changed figures this run wrote; undo those first. */
	| { status: "overwritten"; runId: number; laterRuns: LaterRun[] };

interface RunRow {
	id: number;
	undone_at: string | null;
	changes_logged: number;
}

const SQL = {
	run: "select id, undone_at, changes_logged from import_run where id = ?",
	laterRuns: `select distinct later.import_run_id as id, run.file_name as fileName
		from import_change mine
		join import_change later on later.table_name = mine.table_name
			and later.key_json = mine.key_json and later.import_run_id > mine.import_run_id
		join import_run run on run.id = later.import_run_id
		where mine.import_run_id = ? and run.undone_at is null
		order by later.import_run_id`,
	markUndone: "update import_run set undone_at = ? where id = ?",
} as const;

const keyAt = (index: number, json = "key_json"): string =>
	`json_extract(${json}, '$[${index}]')`;
const columnOf = (column: string, json = "old_json"): string =>
	`json_extract(${json}, '$.${column}')`;

function changesOf(table: LoggedTable, which: string): string {
	return `select key_json, old_json from import_change where import_run_id = ? and table_name = '${table}' and ${which}`;
}

/** Rows the run inserted go. */
function deleteInsertedSql(table: LoggedTable): string {
	const { key } = LOGGED[table];
	return `delete from ${table} where (${key.join(", ")}) in
		(select ${key.map((_, i) => keyAt(i)).join(", ")} from (${changesOf(table, "old_json is null")}))`;
}

/** Rows the run changed get every column back as it was. */
function restoreUpdatedSql(table: LoggedTable): string {
	const { key, columns } = LOGGED[table];
	return `update ${table} set ${columns.map((c) => `${c} = ${columnOf(c, "change.old_json")}`).join(", ")}
		from (${changesOf(table, "old_json is not null and new_json is not null")}) as change
		where ${key.map((k, i) => `${table}.${k} = ${keyAt(i, "change.key_json")}`).join(" and ")}`;
}

/** Rows the run deleted come back, with their id. */
function reinsertDeletedSql(table: LoggedTable): string {
	const { key, columns } = LOGGED[table];
	return `insert into ${table} (${[...key, ...columns].join(", ")})
		select ${[...key.map((_, i) => keyAt(i)), ...columns.map((c) => columnOf(c))].join(", ")}
		from (${changesOf(table, "new_json is null")})`;
}

function restoreRun(sqlite: Sqlite, runId: number) {
	let deleted = 0;
	let restored = 0;
	let reinserted = 0;
	for (const table of LOGGED_TABLES) {
		deleted += statementOf(sqlite, deleteInsertedSql(table)).run(runId).changes;
		restored += statementOf(sqlite, restoreUpdatedSql(table)).run(
			runId,
		).changes;
		reinserted += statementOf(sqlite, reinsertDeletedSql(table)).run(
			runId,
		).changes;
	}
	return { deleted, restored, reinserted };
}

/**
 * Puts every figure a run changed back to its value and provenance before the run (deleting what
 * it inserted), in one transaction that takes the write lock up front. Refuses when a later run
 * that is not undone changed any of the same figures: undoing this one would undo part of that
 * one too. The run stays in the history with undone_at; its change log stays too.
 */
export function undoImport(db: Db, runId: number, clock: Clock): UndoOutcome {
	const sqlite = sqliteClientOf(db);
	const undo = (): UndoOutcome => {
		const run = statementOf<[number], RunRow>(sqlite, SQL.run).get(runId);
		if (!run) return { status: "not-found", runId };
		if (run.undone_at !== null)
			return { status: "already-undone", runId, undoneAt: run.undone_at };
		if (!run.changes_logged) return { status: "not-logged", runId };
		const laterRuns = statementOf<[number], LaterRun>(
			sqlite,
			SQL.laterRuns,
		).all(runId);
		if (laterRuns.length > 0)
			return { status: "overwritten", runId, laterRuns };
		const counts = restoreRun(sqlite, runId);
		const undoneAt = clock();
		statementOf(sqlite, SQL.markUndone).run(undoneAt, runId);
		return { status: "undone", runId, undoneAt, ...counts };
	};
	return sqlite.transaction(undo).immediate();
}
