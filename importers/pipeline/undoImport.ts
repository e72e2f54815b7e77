import type Database from "better-sqlite3";
import type { Db } from "../../db/client.ts";
import {
	sqliteClientOf,
	statementOf,
} from "../../db/queries/imports/sqliteClientOf.ts";
import type { Clock } from "./applyImport.ts";
import {
	beforeTable,
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

const keyList = (table: LoggedTable, alias = ""): string =>
	`(${LOGGED[table].key.map((k) => `${alias}${k}`).join(", ")})`;

const sameKey = (table: LoggedTable, a: string, b: string): string =>
	LOGGED[table].key.map((k) => `${a}.${k} = ${b}.${k}`).join(" and ");

/** The later runs' logged rows that held what this run wrote: their earlier state carries this run. */
function overwrittenSql(table: LoggedTable): string {
	return `select changed_by_run as id from ${beforeTable(table)}
		where changed_by_run > @runId and import_run_id = @runId`;
}

/**
 * Later runs that logged a key this run logged: in a table that records no run (municipality)
 * any key, elsewhere the keys it deleted (a later run may have put one back and deleted it again).
 */
function sameKeySql(table: LoggedTable): string {
	const deletedOnly = tracksRun(table) ? " and change_kind = 'delete'" : "";
	// IN, not a join: SQLite indexes this run's keys once and reads the later runs' rows once.
	return `select changed_by_run as id from ${beforeTable(table)}
		where changed_by_run > @runId and ${keyList(table)} in
			(select ${LOGGED[table].key.join(", ")} from ${beforeTable(table)}
			where changed_by_run = @runId${deletedOnly})`;
}

/** Later runs that put back a row this run deleted: their insert is not logged, the row carries them. */
function reinsertedSql(table: LoggedTable): string {
	return `select ${table}.import_run_id as id from ${beforeTable(table)} mine
		join ${table} on ${sameKey(table, table, "mine")}
		where mine.changed_by_run = @runId and mine.change_kind = 'delete'
			and ${table}.import_run_id > @runId`;
}

/**
 * The later runs (not undone) that changed what this run wrote: a row that carried this run (one
 * it inserted or changed), a key it logged in a table that records no run, or a row it deleted
 * that came back (and may have gone again).
 */
function laterRunsSql(): string {
	const candidates = LOGGED_TABLES.flatMap((table) =>
		tracksRun(table)
			? [overwrittenSql(table), reinsertedSql(table), sameKeySql(table)]
			: [sameKeySql(table)],
	);
	return `select run.id as id, run.file_name as fileName from import_run run
		where run.undone_at is null and run.id in (${candidates.join("\n\t\tunion\n")})
		order by run.id`;
}

const SQL = {
	run: "select id, undone_at, changes_logged from import_run where id = ?",
	laterRuns: laterRunsSql(),
	markUndone: "update import_run set undone_at = ? where id = ?",
} as const;

function loggedKeys(table: LoggedTable, kind: string): string {
	return `select ${LOGGED[table].key.join(", ")} from ${beforeTable(table)}
		where changed_by_run = @runId and change_kind = '${kind}'`;
}

/**
 * Rows the run inserted go: the logged inserts, and in a table that tracks runs the rows that
 * carry the run without a logged earlier state (inserts are not logged there, see tracksRun).
 * Runs before the restore, while the rows the run changed still carry it too.
 */
function deleteInsertedSql(table: LoggedTable): string {
	const key = keyList(table);
	const logged = `${key} in (${loggedKeys(table, "insert")})`;
	if (!tracksRun(table)) return `delete from ${table} where ${logged}`;
	return `delete from ${table} where import_run_id = @runId and ${key} not in (${loggedKeys(table, "update")})`;
}

/** Rows the run changed get every column back as it was. */
function restoreUpdatedSql(table: LoggedTable): string {
	const { columns } = LOGGED[table];
	return `update ${table} set ${columns.map((c) => `${c} = before.${c}`).join(", ")}
		from (select * from ${beforeTable(table)} where changed_by_run = @runId and change_kind = 'update') as before
		where ${sameKey(table, table, "before")}`;
}

/** Rows the run deleted come back, with their id. */
function reinsertDeletedSql(table: LoggedTable): string {
	const { key, columns } = LOGGED[table];
	const all = [...key, ...columns].join(", ");
	return `insert into ${table} (${all})
		select ${all} from ${beforeTable(table)} where changed_by_run = @runId and change_kind = 'delete'`;
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
