import type Database from "better-sqlite3";
import { statementOf } from "../../db/queries/imports/sqliteClientOf.ts";
import {
	figureColumns,
	LOGGED,
	LOGGED_TABLES,
	type LoggedTable,
	tracksRun,
} from "./changeLog.ts";

type Sqlite = Database.Database;

/** Long lists are cut here; the total is always given. */
export const MAX_FIGURES_LISTED = 200;

export type FigureValue = number | string | null;

/** One stored figure an import changes or removes: what is stored (and where it came from), what comes. */
export interface FigureChange {
	table: LoggedTable;
	/** The row's key, e.g. [2023, "1402", "total"]. */
	key: FigureValue[];
	field: string;
	oldValue: FigureValue;
	newValue: FigureValue;
	oldProvenance: string | null;
	/** The stored citation of the figure's source, e.g. "foretagsklimat.se, Ranking 2023". */
	oldSource: string | null;
	oldRunId: number | null;
	/** The file the stored figure was imported from. */
	oldFileName: string | null;
}

export interface FigureList {
	total: number;
	items: FigureChange[];
}

export interface YearCounts {
	/** Rows added, changed and removed for the year. */
	added: number;
	changed: number;
	removed: number;
}

export interface ChangeSummary {
	/** Rows inserted, updated and deleted. */
	added: number;
	changed: number;
	removed: number;
	byYear: Map<number, YearCounts>;
	/** Stored published figures the file gives another value. */
	conflicts: FigureList;
	/** Stored figures that go (rows deleted, or a figure set to none). */
	removals: FigureList;
}

interface CountRow {
	table_name: LoggedTable;
	year: number | null;
	inserted: number;
	deleted: number;
	n: number;
}

interface LogRow {
	table_name: LoggedTable;
	key_json: string;
	old_json: string;
	new_json: string | null;
}

type Row = Record<string, FigureValue>;

interface RunRowCount {
	year: number;
	n: number;
}

/**
 * The rows that carry the run, per year: the ones it inserted (not logged, see tracksRun) and
 * the ones it changed (logged).
 */
const runRowsSql = (table: LoggedTable): string =>
	`select year, count(*) as n from ${table} where import_run_id = ? group by year`;

const COUNTS_SQL = `select table_name, json_extract(key_json, '$[0]') as year,
	old_json is null as inserted, new_json is null as deleted, count(*) as n
	from import_change where import_run_id = ? group by 1, 2, 3, 4`;
/**
 * The logged rows that can hold a conflict or a removal: a stored published row changed, a row
 * deleted, or a figure set to none. The filter runs in SQLite, so a large correction of imported
 * figures is not parsed row by row in JavaScript only to find nothing to list.
 */
function mayListSql(table: LoggedTable): string {
	const figureGoes = figureColumns(table).map(
		(c) =>
			`(json_extract(old_json, '$.${c}') is not null and json_extract(new_json, '$.${c}') is null)`,
	);
	const published = LOGGED[table].columns.includes("provenance")
		? [`json_extract(old_json, '$.provenance') = 'published'`]
		: [];
	return `(table_name = '${table}' and (${["new_json is null", ...published, ...figureGoes].join(" or ")}))`;
}

const LISTED_ROWS_SQL = `select table_name, key_json, old_json, new_json from import_change
	where import_run_id = ? and old_json is not null
		and (${LOGGED_TABLES.map(mayListSql).join(" or ")})
	order by id`;

function emptyList(): FigureList {
	return { total: 0, items: [] };
}

function push(list: FigureList, change: FigureChange): void {
	list.total += 1;
	if (list.items.length < MAX_FIGURES_LISTED) list.items.push(change);
}

function numberOrNull(value: FigureValue | undefined): number | null {
	return typeof value === "number" ? value : null;
}

function stringOrNull(value: FigureValue | undefined): string | null {
	return typeof value === "string" ? value : null;
}

/** Only the rows a run changed or deleted are read (a new year's inserts are only counted). */
function listFigures(
	sqlite: Sqlite,
	runId: number,
): { conflicts: FigureList; removals: FigureList } {
	const conflicts = emptyList();
	const removals = emptyList();
	for (const row of statementOf<[number], LogRow>(
		sqlite,
		LISTED_ROWS_SQL,
	).iterate(runId))
		listRow(row, conflicts, removals);
	return { conflicts, removals };
}

/** Lists what one logged row changes: its figures that go (removals) and its published figures given another value (conflicts). */
function listRow(row: LogRow, conflicts: FigureList, removals: FigureList) {
	const before = JSON.parse(row.old_json) as Row;
	const after =
		row.new_json === null ? null : (JSON.parse(row.new_json) as Row);
	const key = JSON.parse(row.key_json) as FigureValue[];
	for (const field of figureColumns(row.table_name)) {
		const oldValue = before[field] ?? null;
		const newValue = after ? (after[field] ?? null) : null;
		if (oldValue === null || oldValue === newValue) continue;
		const change: FigureChange = {
			table: row.table_name,
			key,
			field,
			oldValue,
			newValue,
			oldProvenance: stringOrNull(before.provenance),
			oldSource: stringOrNull(before.source),
			oldRunId: numberOrNull(before.import_run_id),
			oldFileName: null,
		};
		if (newValue === null) push(removals, change);
		else if (change.oldProvenance === "published") push(conflicts, change);
	}
}

/** The file names of the runs the listed figures came from, in one query. */
function nameRuns(sqlite: Sqlite, lists: FigureList[]): void {
	const ids = [
		...new Set(
			lists.flatMap((list) =>
				list.items.flatMap((item) =>
					item.oldRunId === null ? [] : [item.oldRunId],
				),
			),
		),
	];
	if (ids.length === 0) return;
	const names = new Map(
		sqlite
			.prepare<unknown[], { id: number; file_name: string }>(
				`select id, file_name from import_run where id in (${ids.map(() => "?").join(", ")})`,
			)
			.all(...ids)
			.map((run) => [run.id, run.file_name]),
	);
	for (const list of lists)
		for (const item of list.items)
			if (item.oldRunId !== null)
				item.oldFileName = names.get(item.oldRunId) ?? null;
}

/** What a run changed, from its change log: counts per year, conflicts and removals listed. */
export function readChangeSummary(
	sqlite: Sqlite,
	runId: number,
	/** The tables the run wrote rows to (its inserts are counted there); all when left out. */
	writtenTables: readonly LoggedTable[] = LOGGED_TABLES,
): ChangeSummary {
	const summary: ChangeSummary = {
		added: 0,
		changed: 0,
		removed: 0,
		byYear: new Map(),
		conflicts: emptyList(),
		removals: emptyList(),
	};
	const changedRows = new Map<string, number>();
	for (const row of statementOf<[number], CountRow>(sqlite, COUNTS_SQL).all(
		runId,
	)) {
		const kind = row.inserted ? "added" : row.deleted ? "removed" : "changed";
		count(summary, row.table_name, row.year, kind, row.n);
		if (kind === "changed")
			changedRows.set(`${row.table_name} ${row.year}`, row.n);
	}
	for (const table of writtenTables.filter(tracksRun))
		for (const { year, n } of statementOf<[number], RunRowCount>(
			sqlite,
			runRowsSql(table),
		).all(runId)) {
			const added = n - (changedRows.get(`${table} ${year}`) ?? 0);
			if (added > 0) count(summary, table, year, "added", added);
		}
	if (summary.changed + summary.removed > 0) {
		const lists = listFigures(sqlite, runId);
		summary.conflicts = lists.conflicts;
		summary.removals = lists.removals;
		nameRuns(sqlite, [summary.conflicts, summary.removals]);
	}
	return summary;
}

function count(
	summary: ChangeSummary,
	table: LoggedTable,
	year: number | null,
	kind: keyof YearCounts,
	n: number,
): void {
	summary[kind] += n;
	if (table === "municipality" || typeof year !== "number") return;
	const counts = summary.byYear.get(year) ?? {
		added: 0,
		changed: 0,
		removed: 0,
	};
	counts[kind] += n;
	summary.byYear.set(year, counts);
}

export function isNoChange(summary: ChangeSummary): boolean {
	return summary.added + summary.changed + summary.removed === 0;
}
