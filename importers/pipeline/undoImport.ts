import type Database from "better-sqlite3";
import type { Db } from "../../db/client.ts";
import {
	sqliteClientOf,
	statementOf,
} from "../../db/queries/imports/sqliteClientOf.ts";
import type { Clock } from "./applyImport.ts";
import {
	LOGGED,
	LOGGED_TABLES,
	type LoggedTable,
	tracksRun,
} from "./changeLog.ts";

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

const keyAt = (index: number, json = "key_json"): string =>
	`json_extract(${json}, '$[${index}]')`;

/**
 * The later runs (not undone) that changed what this run wrote: they logged a key this run
 * logged, or a row that carried this run (one it inserted, which is not logged), or they put
 * back a row this run deleted (their insert is not logged either; the row carries them). The
 * run's keys are read once into a temporary index (the IN list); import_change has no index on
 * keys, which would double the cost of every import.
 */
function laterRunsSql(): string {
	const logged = `select run.id as id, run.file_name as fileName
		from import_run run
		join import_change later on later.import_run_id = run.id
		where run.id > @runId and run.undone_at is null
			and ((later.table_name, later.key_json) in
					(select table_name, key_json from import_change where import_run_id = @runId)
				or json_extract(later.old_json, '$.import_run_id') = @runId)`;
	const reinserted = LOGGED_TABLES.filter(tracksRun).map(
		(table) => `select run.id as id, run.file_name as fileName
		from import_change mine
		join ${table} on ${LOGGED[table].key.map((k, i) => `${table}.${k} = ${keyAt(i, "mine.key_json")}`).join(" and ")}
		join import_run run on run.id = ${table}.import_run_id
		where mine.import_run_id = @runId and mine.table_name = '${table}' and mine.new_json is null
			and run.id > @runId and run.undone_at is null`,
	);
	return `${[logged, ...reinserted].join("\nunion\n")}\norder by id`;
}

const SQL = {
	run: "select id, undone_at, changes_logged from import_run where id = ?",
	laterRuns: laterRunsSql(),
	markUndone: "update import_run set undone_at = ? where id = ?",
} as const;

const columnOf = (column: string, json = "old_json"): string =>
	`json_extract(${json}, '$.${column}')`;

function changesOf(table: LoggedTable, which: string): string {
	return `select key_json, old_json from import_change where import_run_id = @runId and table_name = '${table}' and ${which}`;
}

const keysOf = (table: LoggedTable, which: string): string =>
	`select ${LOGGED[table].key.map((_, i) => keyAt(i)).join(", ")} from (${changesOf(table, which)})`;

/**
 * Rows the run inserted go: the logged inserts, and in a table that tracks runs the rows that
 * carry the run without a logged earlier state (inserts are not logged there, see tracksRun).
 * Runs before the restore, while the rows the run changed still carry it too.
 */
function deleteInsertedSql(table: LoggedTable): string {
	const key = `(${LOGGED[table].key.join(", ")})`;
	const logged = `${key} in (${keysOf(table, "old_json is null")})`;
	if (!tracksRun(table)) return `delete from ${table} where ${logged}`;
	return `delete from ${table} where ${logged}
		or (import_run_id = @runId and ${key} not in (${keysOf(table, "old_json is not null")}))`;
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
	const run = (sql: string): number =>
		statementOf<[{ runId: number }]>(sqlite, sql).run({ runId }).changes;
	let deleted = 0;
	let restored = 0;
	let reinserted = 0;
	for (const table of LOGGED_TABLES) {
		deleted += run(deleteInsertedSql(table));
		restored += run(restoreUpdatedSql(table));
		reinserted += run(reinsertDeletedSql(table));
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
		const laterRuns = statementOf<[{ runId: number }], LaterRun>(
			sqlite,
			SQL.laterRuns,
		).all({ runId });
		if (laterRuns.length > 0)
			return { status: "overwritten", runId, laterRuns };
		const counts = restoreRun(sqlite, runId);
		const undoneAt = clock();
		statementOf(sqlite, SQL.markUndone).run(undoneAt, runId);
		return { status: "undone", runId, undoneAt, ...counts };
	};
	return sqlite.transaction(undo).immediate();
}
