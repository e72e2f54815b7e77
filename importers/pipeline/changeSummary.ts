import type Database from "better-sqlite3";
import { statementOf } from "../../db/queries/imports/sqliteClientOf.ts";
import {
	beforeTable,
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
	change_kind: "insert" | "update" | "delete";
	n: number;
	listable: number;
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

const yearOf = (table: LoggedTable): string =>
	LOGGED[table].key.includes("year") ? "year" : "null";

/** Whether a logged row of the table can hold a conflict or a removal (see listedRowsSql). */
function mayListSql(table: LoggedTable, alias = ""): string {
	const published = LOGGED[table].columns.includes("provenance")
		? ` or ${alias}provenance = 'published'`
		: "";
	return `(${alias}change_kind <> 'insert' and (${alias}figures_lost${published}))`;
}

/** Per table, year and kind: the logged rows, and how many of them may list a figure. */
const COUNTS_SQL = LOGGED_TABLES.map(
	(
		table,
	) => `select '${table}' as table_name, ${yearOf(table)} as year, change_kind,
		count(*) as n, sum(${mayListSql(table)}) as listable
	from ${beforeTable(table)} where changed_by_run = @runId group by 2, 3`,
).join("\nunion all\n");

const KEY_PREFIX = "key_";
const OLD_PREFIX = "old_";
const NEW_PREFIX = "new_";

/**
 * The logged rows of one table that can hold a conflict or a removal (a stored published row
 * changed, or a figure left without a value: figures_lost, set by the trigger), each with the value
 * the run left. The filter reads the log alone, so a large correction of imported figures is not
 * read row by row only to find nothing to list. The live row is the run's own write: the summary
 * is read inside the run.
 */
function listedRowsSql(table: LoggedTable): string {
	const { key, columns } = LOGGED[table];
	const figures = figureColumns(table);
	const selected = [
		...key.map((c) => `before.${c} as ${KEY_PREFIX}${c}`),
		...columns.map((c) => `before.${c} as ${OLD_PREFIX}${c}`),
		...figures.map((c) => `now.${c} as ${NEW_PREFIX}${c}`),
	];
	return `select ${selected.join(", ")}
	from ${beforeTable(table)} before
	left join ${table} now on ${key.map((c) => `now.${c} = before.${c}`).join(" and ")}
	where before.changed_by_run = ? and ${mayListSql(table, "before.")}
	order by ${key.map((c) => `before.${c}`).join(", ")}`;
}

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
	tables: readonly LoggedTable[],
): { conflicts: FigureList; removals: FigureList } {
	const conflicts = emptyList();
	const removals = emptyList();
	for (const table of tables)
		for (const row of statementOf<[number], Row>(
			sqlite,
			listedRowsSql(table),
		).iterate(runId))
			listRow(table, row, conflicts, removals);
	return { conflicts, removals };
}

/** Lists what one logged row changes: its figures that go (removals) and its published figures given another value (conflicts). */
function listRow(
	table: LoggedTable,
	row: Row,
	conflicts: FigureList,
	removals: FigureList,
) {
	const key = LOGGED[table].key.map((c) => row[`${KEY_PREFIX}${c}`] ?? null);
	const oldProvenance = stringOrNull(row[`${OLD_PREFIX}provenance`]);
	for (const field of figureColumns(table)) {
		const oldValue = row[`${OLD_PREFIX}${field}`] ?? null;
		const newValue = row[`${NEW_PREFIX}${field}`] ?? null;
		if (oldValue === null || oldValue === newValue) continue;
		const change: FigureChange = {
			table,
			key,
			field,
			oldValue,
			newValue,
			oldProvenance,
			oldSource: stringOrNull(row[`${OLD_PREFIX}source`]),
			oldRunId: numberOrNull(row[`${OLD_PREFIX}import_run_id`]),
			oldFileName: null,
		};
		if (newValue === null) push(removals, change);
		else if (oldProvenance === "published") push(conflicts, change);
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

const KIND_COUNTED = {
	insert: "added",
	update: "changed",
	delete: "removed",
} as const satisfies Record<CountRow["change_kind"], keyof YearCounts>;

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
	const listedTables = new Set<LoggedTable>();
	for (const row of statementOf<[{ runId: number }], CountRow>(
		sqlite,
		COUNTS_SQL,
	).all({ runId })) {
		const kind = KIND_COUNTED[row.change_kind];
		count(summary, row.table_name, row.year, kind, row.n);
		if (row.listable > 0) listedTables.add(row.table_name);
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
	if (listedTables.size > 0) {
		const lists = listFigures(sqlite, runId, [...listedTables]);
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
