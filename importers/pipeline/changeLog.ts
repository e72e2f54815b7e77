import type Database from "better-sqlite3";
import { statementOf } from "../../db/queries/imports/sqliteClientOf.ts";

type Sqlite = Database.Database;

/** The tables an import writes to; every change to them during a run is logged in their `_before` tables. */
export type LoggedTable =
	| "sn_result"
	| "insikt_result"
	| "sn_factor"
	| "insikt_definition"
	| "municipality";

export interface LoggedShape {
	key: readonly string[];
	/** The other stored columns, restored by an undo (the surrogate id too, so rows come back as they were). */
	columns: readonly string[];
}

export const LOGGED: Record<LoggedTable, LoggedShape> = {
	sn_result: {
		key: ["year", "municipality_code", "factor_id"],
		columns: ["id", "rank", "score", "provenance", "source", "import_run_id"],
	},
	insikt_result: {
		key: ["year", "municipality_code", "area", "measure"],
		columns: [
			"id",
			"value",
			"responses",
			"provenance",
			"source",
			"import_run_id",
		],
	},
	sn_factor: {
		key: ["year", "id"],
		columns: [
			"label",
			"kind",
			"weight",
			"scale_min",
			"scale_max",
			"higher_is_better",
			"provenance",
			"import_run_id",
		],
	},
	insikt_definition: {
		key: ["year"],
		columns: ["area_set", "note", "import_run_id"],
	},
	municipality: {
		key: ["code"],
		columns: ["name", "county_code", "county_name", "kommungrupp"],
	},
};

export const LOGGED_TABLES = Object.keys(LOGGED) as LoggedTable[];

/**
 * Tables whose rows carry the run that last wrote them. A row such a run inserts needs no log
 * entry: it is the row with that import_run_id and no logged earlier state, so an undo finds it
 * by run. That halves what a new year's import writes. Municipalities carry no run; their
 * inserts are logged.
 */
export function tracksRun(table: LoggedTable): boolean {
	return LOGGED[table].columns.includes("import_run_id");
}

/** Bookkeeping, not figures a file states. */
const NOT_FIGURES = new Set(["id", "provenance", "source", "import_run_id"]);

/** The columns that are figures a file states (compared for conflicts and removals). */
export function figureColumns(table: LoggedTable): string[] {
	return LOGGED[table].columns.filter((column) => !NOT_FIGURES.has(column));
}

const CURRENT_RUN = "temp.import_current_run";

/** The table holding the rows of `table` as they were before a run changed them (db/schema.ts). */
export function beforeTable(table: LoggedTable): string {
	return `${table}_before`;
}

/** The log table's columns: the run, the kind of change, then the row's own key and columns. */
export function beforeColumns(table: LoggedTable): string[] {
	return [
		"changed_by_run",
		"change_kind",
		"figures_lost",
		...LOGGED[table].key,
		...LOGGED[table].columns,
	];
}

/** Whether an update leaves a figure the row had without a value: stored, so the summary need not compare rows. */
function figuresLostSql(table: LoggedTable): string {
	return `(${figureColumns(table)
		.map((c) => `(old.${c} is not null and new.${c} is null)`)
		.join(" or ")})`;
}

const FIGURES_LOST = {
	insert: () => "0",
	update: figuresLostSql,
	delete: () => "1",
} as const satisfies Record<string, (table: LoggedTable) => string>;

/**
 * An update is logged when it moves a row to a newer run: only an import writes import_run_id, and
 * a run's id is higher than any stored one, whereas an undo moves rows back to older runs. That
 * guard costs nothing per row, where looking up the current run would cost a query each.
 */
function updateTriggerSql(table: LoggedTable): string {
	const { key, columns } = LOGGED[table];
	const before = [...key, ...columns].map((c) => `old.${c}`).join(", ");
	return `create temp trigger if not exists import_log_${table}_update after update on main.${table}
		when new.import_run_id > coalesce(old.import_run_id, 0)
		begin
			insert or ignore into main.${beforeTable(table)} (${beforeColumns(table).join(", ")})
			values (new.import_run_id, 'update', ${figuresLostSql(table)}, ${before});
		end`;
}

/** Deletes, and every change to a table that records no run, are logged while a run is current. */
function currentRunTriggerSql(
	table: LoggedTable,
	op: "insert" | "update" | "delete",
): string {
	const { key, columns } = LOGGED[table];
	const row = op === "insert" ? "new" : "old";
	const values = [
		...key.map((c) => `${row}.${c}`),
		...columns.map((c) => (op === "insert" ? "null" : `old.${c}`)),
	];
	return `create temp trigger if not exists import_log_${table}_${op} after ${op} on main.${table}
		when (select run_id from ${CURRENT_RUN}) is not null
		begin
			insert or ignore into main.${beforeTable(table)} (${beforeColumns(table).join(", ")})
			values ((select run_id from ${CURRENT_RUN}), '${op}', ${FIGURES_LOST[op](table)}, ${values.join(", ")});
		end`;
}

function triggerSql(table: LoggedTable, op: "insert" | "update" | "delete") {
	return op === "update" && tracksRun(table)
		? updateTriggerSql(table)
		: currentRunTriggerSql(table, op);
}

const installed = new WeakSet<Sqlite>();

/**
 * Per-connection TEMP triggers that log, while a run is applied, every row an import updates or
 * deletes (as it was before) and the municipalities it inserts (see tracksRun), in the table's
 * `_before` table. Triggers keep the write path one multi-row statement per hundred rows: the
 * log is written inside SQLite, not by a query per row. The first state a run logs for a key is
 * kept (insert or ignore): it is the one an undo restores.
 */
export function installChangeLog(sqlite: Sqlite): void {
	if (installed.has(sqlite)) return;
	sqlite.exec(
		`create temp table if not exists import_current_run (run_id integer not null)`,
	);
	for (const table of LOGGED_TABLES)
		for (const op of ["insert", "update", "delete"] as const)
			if (op !== "insert" || !tracksRun(table))
				sqlite.exec(triggerSql(table, op));
	// Created inside a caller's transaction (the bundled data set), they go if it rolls back.
	if (!sqlite.inTransaction) installed.add(sqlite);
}

/** Starts (runId) or stops (null) logging this connection's changes under a run. */
export function setCurrentRun(sqlite: Sqlite, runId: number | null): void {
	statementOf(sqlite, `delete from ${CURRENT_RUN}`).run();
	if (runId !== null)
		statementOf(sqlite, `insert into ${CURRENT_RUN} (run_id) values (?)`).run(
			runId,
		);
}
