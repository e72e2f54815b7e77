import type Database from "better-sqlite3";
import { statementOf } from "../../db/queries/imports/sqliteClientOf.ts";
import { figureColumns, type LoggedTable } from "./changeLog.ts";

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

const COUNTS_SQL = `select table_name, json_extract(key_json, '$[0]') as year,
	old_json is null as inserted, new_json is null as deleted, count(*) as n
	from import_change where import_run_id = ? group by 1, 2, 3, 4`;
const OLD_ROWS_SQL = `select table_name, key_json, old_json, new_json from import_change
	where import_run_id = ? and old_json is not null order by id`;

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
	const rows = statementOf<[number], LogRow>(sqlite, OLD_ROWS_SQL).iterate(
		runId,
	);
	for (const row of rows) {
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
	return { conflicts, removals };
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
): ChangeSummary {
	const summary: ChangeSummary = {
		added: 0,
		changed: 0,
		removed: 0,
		byYear: new Map(),
		conflicts: emptyList(),
		removals: emptyList(),
	};
	for (const row of statementOf<[number], CountRow>(sqlite, COUNTS_SQL).all(
		runId,
	)) {
		const kind = row.inserted ? "added" : row.deleted ? "removed" : "changed";
		summary[kind] += row.n;
		if (row.table_name === "municipality" || typeof row.year !== "number")
			continue;
		const year = summary.byYear.get(row.year) ?? {
			added: 0,
			changed: 0,
			removed: 0,
		};
		year[kind] += row.n;
		summary.byYear.set(row.year, year);
	}
	if (summary.changed + summary.removed > 0) {
		const lists = listFigures(sqlite, runId);
		summary.conflicts = lists.conflicts;
		summary.removals = lists.removals;
		nameRuns(sqlite, [summary.conflicts, summary.removals]);
	}
	return summary;
}

export function isNoChange(summary: ChangeSummary): boolean {
	return summary.added + summary.changed + summary.removed === 0;
}
