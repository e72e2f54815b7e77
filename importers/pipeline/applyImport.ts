import type Database from "better-sqlite3";
import type { Db } from "../../db/client.ts";
import {
	sqliteClientOf,
	statementOf,
} from "../../db/queries/imports/sqliteClientOf.ts";
import type {
	ImportOptions,
	InsiktDefinitionRow,
	InsiktRow,
	ParsedImport,
	ProgressListener,
	SnFactorRow,
	SnResultRow,
} from "../../domain/importRows.ts";
import { installChangeLog, LOGGED, setCurrentRun } from "./changeLog.ts";
import {
	type ChangeSummary,
	type FigureList,
	isNoChange,
	readChangeSummary,
} from "./changeSummary.ts";

export interface YearChange {
	year: number;
	/** Rows the file brings for that year. */
	incoming: number;
	/** Stored rows the import adds, changes and removes for that year. */
	added: number;
	changed: number;
	removed: number;
	/** changed + removed: stored rows the import overwrites or removes. */
	replaced: number;
}

export interface ImportChanges {
	/** Rows added, changed and removed in all tables (municipalities too). */
	added: number;
	changed: number;
	removed: number;
	/** Stored published figures the file gives another value (the first 200, and the total). */
	conflicts: FigureList;
	/** Stored figures the import removes (only with replace-years). */
	removals: FigureList;
}

export type ImportOutcome =
	| {
			status: "unchanged";
			/** An earlier run of the same file, if there was one. */
			runId: number | null;
			fileName: string;
	  }
	| {
			status: "imported" | "dry-run";
			runId: number | null;
			rows: number;
			years: YearChange[];
			changes: ImportChanges;
			/** Municipalities whose stored kommungrupp the file changes (SN's statistics carry one). */
			kommungruppChanges: number;
	  };

export interface ImportFileInfo {
	fileName: string;
	sha256: string;
}

/** Wall clock as an ISO string; passed in so tests can pin it. */
export type Clock = () => string;

type Sqlite = Database.Database;

/** The tables a parsed file writes to (besides municipality). */
type Table = "sn_result" | "insikt_result" | "sn_factor" | "insikt_definition";

interface TableShape {
	key: readonly string[];
	columns: readonly string[];
}

/** Key and written columns, in the order of the statement arguments (the surrogate id is SQLite's). */
function shapeOf(table: Table): TableShape {
	const { key, columns } = LOGGED[table];
	return { key, columns: columns.filter((column) => column !== "id") };
}

const SHAPES: Record<Table, TableShape> = {
	sn_result: shapeOf("sn_result"),
	insikt_result: shapeOf("insikt_result"),
	sn_factor: shapeOf("sn_factor"),
	insikt_definition: shapeOf("insikt_definition"),
};

/**
 * Rows per insert statement: one statement for many rows crosses from JavaScript into SQLite
 * once instead of per row, which halves the write time of a year file.
 */
const ROWS_PER_STATEMENT = 100;

/**
 * What an upsert does with a stored key. overlay: the file's figures over the stored ones, a figure
 * the file leaves empty kept (a ranks-only file keeps the scores). replace: the file's row as it is.
 */
type UpsertKind = "insert" | "overlay" | "replace";

/** A figure counts as the same whether or not the file and the store call it the same provenance, unless one is synthetic. */
function unchangedCondition(table: Table, newValue: (c: string) => string) {
	const compared = SHAPES[table].columns.filter(
		(c) => c !== "import_run_id" && c !== "provenance",
	);
	const figures = `(${compared.map(newValue).join(", ")}) is not (${compared.map((c) => `${table}.${c}`).join(", ")})`;
	if (!SHAPES[table].columns.includes("provenance")) return figures;
	return `${figures} or (excluded.provenance = 'synthetic') is not (${table}.provenance = 'synthetic')`;
}

/**
 * `insert … values (…), (…)` for `rowCount` rows; an upsert updates a stored key only where the
 * file says something else, so identical figures keep their run and are not logged as changes.
 */
function insertSql(table: Table, kind: UpsertKind, rowCount: number): string {
	const { key, columns } = SHAPES[table];
	const all = [...key, ...columns];
	const tuple = `(${all.map(() => "?").join(", ")})`;
	const insert = `insert into ${table} (${all.join(", ")}) values ${Array(rowCount).fill(tuple).join(", ")}`;
	if (kind === "insert") return insert;
	const newValue = (c: string): string =>
		kind === "overlay" && c !== "import_run_id" && c !== "provenance"
			? `coalesce(excluded.${c}, ${table}.${c})`
			: `excluded.${c}`;
	const set = columns.map((c) => `${c} = ${newValue(c)}`).join(", ");
	return `${insert} on conflict (${key.join(", ")}) do update set ${set} where ${unchangedCondition(table, newValue)}`;
}

const insertSqlCache = new Map<string, string>();

function cachedInsertSql(
	table: Table,
	kind: UpsertKind,
	rowCount: number,
): string {
	const cacheKey = `${table} ${kind} ${rowCount}`;
	let sql = insertSqlCache.get(cacheKey);
	if (sql === undefined) {
		sql = insertSql(table, kind, rowCount);
		insertSqlCache.set(cacheKey, sql);
	}
	return sql;
}

const SQL = {
	findRun:
		"select id from import_run where sha256 = ? and status = 'ok' and source = ? and undone_at is null and id < ? order by id desc",
	insertRun: `insert into import_run (source, file_name, sha256, rows, provenance, started_at, finished_at, status, warnings_json, years_json, changes_logged)
		values (?, ?, ?, ?, ?, ?, ?, 'ok', ?, ?, 1)`,
	finishRun: "update import_run set finished_at = ? where id = ?",
	upsertMunicipality: `insert into municipality (code, name, county_code, county_name, kommungrupp) values (?, ?, ?, ?, ?)
		on conflict (code) do update set name = excluded.name, county_code = excluded.county_code,
		county_name = excluded.county_name, kommungrupp = coalesce(excluded.kommungrupp, municipality.kommungrupp)
		where (excluded.name, excluded.county_code, excluded.county_name, coalesce(excluded.kommungrupp, municipality.kommungrupp))
			is not (municipality.name, municipality.county_code, municipality.county_name, municipality.kommungrupp)`,
	updateKommungrupp:
		"update municipality set kommungrupp = ? where code = ? and kommungrupp is not ?",
	kommungruppDiffers:
		"select count(*) as n from municipality where code = ? and kommungrupp is not ?",
} as const;

const yearHasRowsSql = (table: Table): string =>
	`select exists (select 1 from ${table} where year = ?) as n`;
/**
 * The keys older runs of the source stored for the years (a JSON array): rows this run wrote are
 * rows its file carries, never leftovers. Read through the run index, run by run: reading a year
 * through the key index would visit every other source's rows of that year too.
 */
const storedKeysOfSourceSql = (table: Table): string =>
	`select ${SHAPES[table].key.join(", ")} from ${table}
	where import_run_id in (select id from import_run where source = ? and id <> ?)
		and year in (select value from json_each(?))`;
const deleteKeysSql = (table: Table, count: number): string => {
	const { key } = SHAPES[table];
	const tuple = `(${key.map(() => "?").join(", ")})`;
	return `delete from ${table} where (${key.join(", ")}) in (values ${Array(count).fill(tuple).join(", ")})`;
};

/** Appends a row's statement arguments to `out`: key columns first, then the rest, in SHAPES order. */
type AppendArgs<R> = (
	row: R,
	provenance: string,
	runId: number | null,
	out: unknown[],
) => void;

interface TableRows {
	table: Table;
	rows: readonly { year: number }[];
	/** Appends the statement arguments of row `index` to `out` (no array per row: a large file has many). */
	appendArgs(
		index: number,
		provenance: string,
		runId: number | null,
		out: unknown[],
	): void;
	/** The statement arguments of row `index`, as an array of their own. */
	argsAt(index: number, provenance: string, runId: number | null): unknown[];
}

function tableRows<R extends { year: number }>(
	table: Table,
	rows: readonly R[],
	append: AppendArgs<R>,
): TableRows {
	const appendArgs: TableRows["appendArgs"] = (
		index,
		provenance,
		runId,
		out,
	) => {
		const row = rows[index];
		if (row) append(row, provenance, runId, out);
	};
	return {
		table,
		rows,
		appendArgs,
		argsAt: (index, provenance, runId) => {
			const out: unknown[] = [];
			appendArgs(index, provenance, runId, out);
			return out;
		},
	};
}

/** Each table the file writes to, with a way to turn its rows into statement arguments. */
function tableRowsOf(parsed: ParsedImport): TableRows[] {
	const all = [
		tableRows(
			"sn_factor",
			parsed.snFactors,
			(f: SnFactorRow, provenance, runId, out) => {
				out.push(
					f.year,
					f.id,
					f.label,
					f.kind,
					f.weight,
					f.scaleMin,
					f.scaleMax,
					f.higherIsBetter ? 1 : 0,
					provenance,
					runId,
				);
			},
		),
		tableRows(
			"sn_result",
			parsed.snResults,
			(r: SnResultRow, provenance, runId, out) => {
				out.push(
					r.year,
					r.municipalityCode,
					r.factorId,
					r.rank,
					r.score,
					provenance,
					r.source,
					runId,
				);
			},
		),
		tableRows(
			"insikt_result",
			parsed.insiktResults,
			(r: InsiktRow, provenance, runId, out) => {
				out.push(
					r.year,
					r.municipalityCode,
					r.area,
					r.measure,
					r.value,
					r.responses,
					provenance,
					r.source,
					runId,
				);
			},
		),
		tableRows(
			"insikt_definition",
			parsed.insiktDefinitions,
			(d: InsiktDefinitionRow, _provenance, runId, out) => {
				out.push(d.year, JSON.stringify(d.areaSet), d.note, runId);
			},
		),
	];
	return all.filter((entry) => entry.rows.length > 0);
}

/** Thrown inside the transaction to roll it back with an answer (a dry run, or a file that changes nothing). */
class RolledBack extends Error {
	constructor(readonly outcome: ImportOutcome) {
		super("rolled back");
	}
}

/**
 * Writes one parsed file in a single transaction, taking the write lock up front: either every
 * row lands and the run is recorded with every row it changed (import_change), or nothing
 * changes. A dry run is the same write, its change log read and the transaction rolled back, so
 * the preview is exactly what the import would do. A file whose every figure is stored as it
 * says records no run and answers "unchanged". Rows are written with prepared multi-row
 * statements: the budget is a few times the cost of parsing the file.
 */
export function applyImport(
	db: Db,
	parsed: ParsedImport,
	file: ImportFileInfo,
	options: ImportOptions,
	clock: Clock,
	onProgress?: ProgressListener,
): ImportOutcome {
	const sqlite = sqliteClientOf(db);
	installChangeLog(sqlite);
	const write = (): ImportOutcome => {
		const rows = countRows(parsed);
		const incoming = incomingByYear(parsed);
		const kommungruppChanges = countKommungruppChanges(sqlite, parsed);
		const runId = Number(
			statementOf(sqlite, SQL.insertRun).run(
				parsed.source,
				file.fileName,
				file.sha256,
				rows,
				options.provenance,
				clock(),
				null,
				JSON.stringify(parsed.warnings),
				JSON.stringify(yearsOf(incoming)),
			).lastInsertRowid,
		);
		setCurrentRun(sqlite, runId);
		try {
			writeMunicipalities(sqlite, parsed);
			writeTables(sqlite, parsed, options, runId, onProgress);
			if (options.mode === "replace-years")
				deleteLeftoverRows(sqlite, parsed, runId);
		} finally {
			setCurrentRun(sqlite, null);
		}
		const summary = readChangeSummary(
			sqlite,
			runId,
			tableRowsOf(parsed).map((rows) => rows.table),
		);
		if (isNoChange(summary))
			throw new RolledBack({
				status: "unchanged",
				runId: findEarlierRun(sqlite, file, parsed, runId),
				fileName: file.fileName,
			});
		const outcome: ImportOutcome = {
			status: options.dryRun ? "dry-run" : "imported",
			runId: options.dryRun ? null : runId,
			rows,
			years: yearChanges(incoming, summary),
			changes: {
				added: summary.added,
				changed: summary.changed,
				removed: summary.removed,
				conflicts: summary.conflicts,
				removals: summary.removals,
			},
			kommungruppChanges,
		};
		if (options.dryRun) throw new RolledBack(outcome);
		statementOf(sqlite, SQL.finishRun).run(clock(), runId);
		return outcome;
	};
	try {
		// IMMEDIATE: the write lock is taken up front, so a second writer waits (busy_timeout) instead
		// of failing when a read transaction tries to upgrade.
		return withoutForeignKeyChecks(sqlite, () =>
			sqlite.inTransaction
				? runInSavepoint(sqlite, write)
				: sqlite.transaction(write).immediate(),
		);
	} catch (error) {
		if (error instanceof RolledBack) return error.outcome;
		throw error;
	}
}

/** Inside a caller's transaction (the bundled data set loads all or nothing): a nested one, a savepoint. */
function runInSavepoint(sqlite: Sqlite, write: () => ImportOutcome) {
	return sqlite.transaction(write)();
}

function findEarlierRun(
	sqlite: Sqlite,
	file: ImportFileInfo,
	parsed: ParsedImport,
	currentRunId: number,
): number | null {
	return (
		statementOf<[string, string, number], { id: number }>(
			sqlite,
			SQL.findRun,
		).get(file.sha256, parsed.source, currentRunId)?.id ?? null
	);
}

function yearsOf(incoming: Map<number, number>): number[] {
	return [...incoming.keys()].sort((a, b) => a - b);
}

function yearChanges(
	incoming: Map<number, number>,
	summary: ChangeSummary,
): YearChange[] {
	return yearsOf(incoming).map((year) => {
		const counts = summary.byYear.get(year) ?? {
			added: 0,
			changed: 0,
			removed: 0,
		};
		return {
			year,
			incoming: incoming.get(year) ?? 0,
			...counts,
			replaced: counts.changed + counts.removed,
		};
	});
}

/**
 * The parsers match every municipality against this database's own list and the run row is
 * written in the same transaction, so the per-row foreign-key lookups only cost time (a fifth
 * of a large import). Outside the import they stay on.
 */
function withoutForeignKeyChecks<T>(sqlite: Sqlite, fn: () => T): T {
	const isOn =
		statementOf<[], { foreign_keys: number }>(
			sqlite,
			"pragma foreign_keys",
		).get()?.foreign_keys === 1;
	if (!isOn || sqlite.inTransaction) return fn();
	// Prepared once: pragma() would compile each statement on every import.
	statementOf(sqlite, "pragma foreign_keys = OFF").run();
	try {
		return fn();
	} finally {
		statementOf(sqlite, "pragma foreign_keys = ON").run();
	}
}

export function countRows(parsed: ParsedImport): number {
	return (
		parsed.municipalities.length +
		parsed.snResults.length +
		parsed.snFactors.length +
		parsed.insiktResults.length +
		parsed.insiktDefinitions.length
	);
}

function incomingByYear(parsed: ParsedImport): Map<number, number> {
	const counts = new Map<number, number>();
	for (const { rows } of tableRowsOf(parsed))
		for (const row of rows)
			counts.set(row.year, (counts.get(row.year) ?? 0) + 1);
	return counts;
}

function countKommungruppChanges(sqlite: Sqlite, parsed: ParsedImport): number {
	const differs = statementOf<[string, string], { n: number }>(
		sqlite,
		SQL.kommungruppDiffers,
	);
	let changes = 0;
	for (const { code, kommungrupp } of parsed.kommungrupper)
		changes += differs.get(code, kommungrupp)?.n ?? 0;
	return changes;
}

function writeMunicipalities(sqlite: Sqlite, parsed: ParsedImport): void {
	if (parsed.municipalities.length > 0) {
		const upsert = statementOf(sqlite, SQL.upsertMunicipality);
		for (const m of parsed.municipalities)
			upsert.run(m.code, m.name, m.countyCode, m.countyName, m.kommungrupp);
	}
	if (parsed.kommungrupper.length > 0) {
		const update = statementOf(sqlite, SQL.updateKommungrupp);
		for (const { code, kommungrupp } of parsed.kommungrupper)
			update.run(kommungrupp, code, kommungrupp);
	}
}

/**
 * Upserts every row. Years the table holds nothing for yet take a plain insert, which is
 * cheaper: the parser has already refused duplicate keys within the file.
 */
function writeTables(
	sqlite: Sqlite,
	parsed: ParsedImport,
	options: ImportOptions,
	runId: number,
	onProgress: ProgressListener | undefined,
): void {
	const total = countRows(parsed);
	let done = parsed.municipalities.length;
	for (const tableRows of tableRowsOf(parsed)) {
		const { newYearRows, storedYearRows } = splitByStoredYears(
			sqlite,
			tableRows,
		);
		const upsert: UpsertKind =
			options.mode === "replace-years" ? "replace" : "overlay";
		for (const [indexes, kind] of [
			[newYearRows, "insert"],
			[storedYearRows, upsert],
		] as const)
			writeRows(
				sqlite,
				tableRows.table,
				indexes.length,
				(i, out) =>
					tableRows.appendArgs(
						indexes[i] ?? -1,
						options.provenance,
						runId,
						out,
					),
				kind,
				(written) => {
					done += written;
					onProgress?.("write", done, total);
				},
			);
	}
	onProgress?.("write", total, total);
}

/** The row indexes of years the table holds nothing for yet, and of years it has rows for. */
function splitByStoredYears(
	sqlite: Sqlite,
	{ table, rows }: TableRows,
): { newYearRows: number[]; storedYearRows: number[] } {
	const hasRows = statementOf<[number], { n: number }>(
		sqlite,
		yearHasRowsSql(table),
	);
	const stored = new Map<number, boolean>();
	const newYearRows: number[] = [];
	const storedYearRows: number[] = [];
	rows.forEach((row, index) => {
		let isStored = stored.get(row.year);
		if (isStored === undefined) {
			isStored = hasRows.get(row.year)?.n === 1;
			stored.set(row.year, isStored);
		}
		(isStored ? storedYearRows : newYearRows).push(index);
	});
	return { newYearRows, storedYearRows };
}

/** The arrays one after another; a plain loop, as Array.prototype.flat costs more than the insert. */
function concatenated(arrays: unknown[][]): unknown[] {
	const out: unknown[] = [];
	for (const array of arrays) for (const item of array) out.push(item);
	return out;
}

/**
 * Writes `count` rows (`appendArgs(i, out)` appends row i's statement arguments) ROWS_PER_STATEMENT
 * at a time. Each statement's arguments are built just before it runs, in one array: holding every
 * row's arguments at once cost a large file more in garbage collection than the insert.
 */
function writeRows(
	sqlite: Sqlite,
	table: Table,
	count: number,
	appendArgs: (i: number, out: unknown[]) => void,
	kind: UpsertKind,
	onWritten: (count: number) => void,
): void {
	for (let start = 0; start < count; start += ROWS_PER_STATEMENT) {
		const end = Math.min(start + ROWS_PER_STATEMENT, count);
		const args: unknown[] = [];
		for (let i = start; i < end; i++) appendArgs(i, args);
		statementOf(sqlite, cachedInsertSql(table, kind, end - start)).run(args);
		onWritten(end - start);
	}
}

/**
 * replace-years: the file is the whole truth for its years. What the source stored earlier for
 * those years under a key the file does not carry goes (read once per year, deleted many keys a
 * statement; the file's own keys were upserted, or left alone where they already said the same).
 */
function deleteLeftoverRows(
	sqlite: Sqlite,
	parsed: ParsedImport,
	runId: number,
): void {
	for (const { table, rows, argsAt } of tableRowsOf(parsed)) {
		// insikt_definition is keyed by year alone: the upsert has replaced it already.
		if (table === "insikt_definition") continue;
		const keyLength = SHAPES[table].key.length;
		const years = JSON.stringify([...new Set(rows.map((row) => row.year))]);
		const olderKeys = statementOf<[string, number, string], unknown[]>(
			sqlite,
			storedKeysOfSourceSql(table),
		)
			.raw(true)
			.all(parsed.source, runId, years);
		if (olderKeys.length === 0) continue;
		const incoming = new Set<string>();
		for (let index = 0; index < rows.length; index++)
			incoming.add(keyText(argsAt(index, "", null), keyLength));
		const leftovers = olderKeys.filter(
			(key) => !incoming.has(keyText(key, keyLength)),
		);
		for (let start = 0; start < leftovers.length; start += ROWS_PER_STATEMENT) {
			const chunk = leftovers.slice(start, start + ROWS_PER_STATEMENT);
			statementOf(sqlite, deleteKeysSql(table, chunk.length)).run(
				concatenated(chunk),
			);
		}
	}
}

/** The first `length` values as one string, for set lookups; null stands apart from "". */
function keyText(values: readonly unknown[], length: number): string {
	let text = "";
	for (let i = 0; i < length; i++) {
		const value = values[i];
		text += `${i === 0 ? "" : "\u001f"}${value === null ? "\u0000" : String(value)}`;
	}
	return text;
}
