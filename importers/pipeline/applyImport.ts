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

export interface YearChange {
	year: number;
	/** Rows the file brings for that year. */
	incoming: number;
	/** Rows of the same source already stored for that year that the file would replace or overwrite. */
	replaced: number;
}

export type ImportOutcome =
	| { status: "unchanged"; runId: number; fileName: string }
	| {
			status: "imported" | "dry-run";
			runId: number | null;
			rows: number;
			years: YearChange[];
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
	key: string[];
	columns: string[];
}

const SHAPES: Record<Table, TableShape> = {
	sn_result: {
		key: ["year", "municipality_code", "factor_id"],
		columns: ["rank", "score", "provenance", "source", "import_run_id"],
	},
	insikt_result: {
		key: ["year", "municipality_code", "area", "measure"],
		columns: ["value", "responses", "provenance", "source", "import_run_id"],
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
};

/**
 * Rows per insert statement: one statement for many rows crosses from JavaScript into SQLite
 * once instead of per row, which halves the write time of a year file.
 */
const ROWS_PER_STATEMENT = 100;

/** `insert … values (…), (…)` for `rowCount` rows; with `upsert`, existing keys are updated. */
function insertSql(table: Table, upsert: boolean, rowCount: number): string {
	const { key, columns } = SHAPES[table];
	const all = [...key, ...columns];
	const tuple = `(${all.map(() => "?").join(", ")})`;
	const insert = `insert into ${table} (${all.join(", ")}) values ${Array(rowCount).fill(tuple).join(", ")}`;
	if (!upsert) return insert;
	const set = columns.map((c) => `${c} = excluded.${c}`).join(", ");
	return `${insert} on conflict (${key.join(", ")}) do update set ${set}`;
}

const insertSqlCache = new Map<string, string>();

function cachedInsertSql(
	table: Table,
	upsert: boolean,
	rowCount: number,
): string {
	const cacheKey = `${table} ${upsert} ${rowCount}`;
	let sql = insertSqlCache.get(cacheKey);
	if (sql === undefined) {
		sql = insertSql(table, upsert, rowCount);
		insertSqlCache.set(cacheKey, sql);
	}
	return sql;
}

const RUNS_OF_SOURCE = "select id from import_run where source = ?";

const SQL = {
	findRun:
		"select id from import_run where sha256 = ? and status = 'ok' and source = ?",
	insertRun: `insert into import_run (source, file_name, sha256, rows, provenance, started_at, finished_at, status, warnings_json, years_json)
		values (?, ?, ?, ?, ?, ?, ?, 'ok', ?, ?)`,
	finishRun: "update import_run set finished_at = ? where id = ?",
	upsertMunicipality: `insert into municipality (code, name, county_code, county_name, kommungrupp) values (?, ?, ?, ?, ?)
		on conflict (code) do update set name = excluded.name, county_code = excluded.county_code,
		county_name = excluded.county_name, kommungrupp = coalesce(excluded.kommungrupp, municipality.kommungrupp)`,
	updateKommungrupp: "update municipality set kommungrupp = ? where code = ?",
	kommungruppDiffers:
		"select count(*) as n from municipality where code = ? and kommungrupp is not ?",
} as const;

const countOfSourceSql = (table: Table): string =>
	`select count(*) as n from ${table} where year = ? and import_run_id in (${RUNS_OF_SOURCE})`;
const yearHasRowsSql = (table: Table): string =>
	`select exists (select 1 from ${table} where year = ?) as n`;
const existsSql = (table: Table): string =>
	`select 1 from ${table} where ${SHAPES[table].key.map((k) => `${k} = ?`).join(" and ")}`;
const deleteLeftoversSql = (table: Table): string =>
	`delete from ${table} where year = ? and import_run_id in (${RUNS_OF_SOURCE} and id <> ?)`;

interface TableRows {
	table: Table;
	rows: readonly { year: number }[];
	/** The statement arguments of row `index`: key columns first, then the rest, in SHAPES order. */
	argsAt(index: number, provenance: string, runId: number | null): unknown[];
}

function tableRows<R extends { year: number }>(
	table: Table,
	rows: readonly R[],
	args: (row: R, provenance: string, runId: number | null) => unknown[],
): TableRows {
	return {
		table,
		rows,
		argsAt: (index, provenance, runId) => {
			const row = rows[index];
			return row ? args(row, provenance, runId) : [];
		},
	};
}

/** Each table the file writes to, with a way to turn its rows into statement arguments. */
function tableRowsOf(parsed: ParsedImport): TableRows[] {
	const all = [
		tableRows(
			"sn_factor",
			parsed.snFactors,
			(f: SnFactorRow, provenance, runId) => [
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
			],
		),
		tableRows(
			"sn_result",
			parsed.snResults,
			(r: SnResultRow, provenance, runId) => [
				r.year,
				r.municipalityCode,
				r.factorId,
				r.rank,
				r.score,
				provenance,
				r.source,
				runId,
			],
		),
		tableRows(
			"insikt_result",
			parsed.insiktResults,
			(r: InsiktRow, provenance, runId) => [
				r.year,
				r.municipalityCode,
				r.area,
				r.measure,
				r.value,
				r.responses,
				provenance,
				r.source,
				runId,
			],
		),
		tableRows(
			"insikt_definition",
			parsed.insiktDefinitions,
			(d: InsiktDefinitionRow, _provenance, runId) => [
				d.year,
				JSON.stringify(d.areaSet),
				d.note,
				runId,
			],
		),
	];
	return all.filter((entry) => entry.rows.length > 0);
}

/**
 * Writes one parsed file in a single transaction: either every row lands and the run is
 * recorded, or nothing changes. The same file (sha256) a second time is a no-op. Rows are
 * written with prepared statements: the budget is a few times the cost of parsing the file.
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
	const write = (): ImportOutcome => {
		const previous = statementOf<[string, string], { id: number }>(
			sqlite,
			SQL.findRun,
		).get(file.sha256, parsed.source);
		if (previous)
			return {
				status: "unchanged",
				runId: previous.id,
				fileName: file.fileName,
			};
		const years = planYears(sqlite, parsed, options);
		const rows = countRows(parsed);
		const kommungruppChanges = countKommungruppChanges(sqlite, parsed);
		if (options.dryRun)
			return {
				status: "dry-run",
				runId: null,
				rows,
				years,
				kommungruppChanges,
			};
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
				JSON.stringify(years.map((y) => y.year)),
			).lastInsertRowid,
		);
		writeMunicipalities(sqlite, parsed);
		writeTables(sqlite, parsed, options, runId, onProgress);
		if (options.mode === "replace-years")
			deleteReplacedRows(sqlite, parsed, years, runId);
		statementOf(sqlite, SQL.finishRun).run(clock(), runId);
		return { status: "imported", runId, rows, years, kommungruppChanges };
	};
	// IMMEDIATE: the write lock is taken up front, so a second writer waits (busy_timeout) instead
	// of failing when a read transaction tries to upgrade.
	return withoutForeignKeyChecks(sqlite, () =>
		sqlite.transaction(write).immediate(),
	);
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

function planYears(
	sqlite: Sqlite,
	parsed: ParsedImport,
	options: ImportOptions,
): YearChange[] {
	const incoming = incomingByYear(parsed);
	const overlaid =
		options.mode === "overlay" ? countOverlaid(sqlite, parsed) : null;
	const tables = tableRowsOf(parsed).map(({ table }) => table);
	return [...incoming.keys()]
		.sort((a, b) => a - b)
		.map((year) => ({
			year,
			incoming: incoming.get(year) ?? 0,
			replaced: overlaid
				? (overlaid.get(year) ?? 0)
				: tables.reduce(
						(sum, table) =>
							sum + countStored(sqlite, table, year, parsed.source),
						0,
					),
		}));
}

/** Rows the source stored for the year; a year's Insikt definition, whichever source wrote it. */
function countStored(
	sqlite: Sqlite,
	table: Table,
	year: number,
	source: string,
): number {
	const count =
		table === "insikt_definition"
			? statementOf<[number], { n: number }>(
					sqlite,
					"select count(*) as n from insikt_definition where year = ?",
				).get(year)
			: statementOf<[number, string], { n: number }>(
					sqlite,
					countOfSourceSql(table),
				).get(year, source);
	return count?.n ?? 0;
}

/** Overlay: how many incoming keys per year are already stored (and will be overwritten). */
function countOverlaid(
	sqlite: Sqlite,
	parsed: ParsedImport,
): Map<number, number> {
	const counts = new Map<number, number>();
	for (const { table, rows, argsAt } of tableRowsOf(parsed)) {
		const exists = statementOf(sqlite, existsSql(table));
		const keyLength = SHAPES[table].key.length;
		rows.forEach((row, index) => {
			if (exists.get(argsAt(index, "", null).slice(0, keyLength)))
				counts.set(row.year, (counts.get(row.year) ?? 0) + 1);
		});
	}
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
			update.run(kommungrupp, code);
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
		for (const [indexes, upsert] of [
			[newYearRows, false],
			[storedYearRows, true],
		] as const)
			writeRows(
				sqlite,
				tableRows.table,
				indexes.map((index) =>
					tableRows.argsAt(index, options.provenance, runId),
				),
				upsert,
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

/** Writes the rows (each its statement arguments) ROWS_PER_STATEMENT at a time. */
function writeRows(
	sqlite: Sqlite,
	table: Table,
	rowArgs: unknown[][],
	upsert: boolean,
	onWritten: (count: number) => void,
): void {
	for (let start = 0; start < rowArgs.length; start += ROWS_PER_STATEMENT) {
		const chunk = rowArgs.slice(start, start + ROWS_PER_STATEMENT);
		statementOf(sqlite, cachedInsertSql(table, upsert, chunk.length)).run(
			concatenated(chunk),
		);
		onWritten(chunk.length);
	}
}

/**
 * replace-years: the file is the whole truth for its years. Its rows were upserted (taking over
 * the run id); what the source stored earlier for those years and the file no longer has goes.
 */
function deleteReplacedRows(
	sqlite: Sqlite,
	parsed: ParsedImport,
	years: YearChange[],
	runId: number,
): void {
	const replacedYears = years.filter((y) => y.replaced > 0);
	if (replacedYears.length === 0) return;
	for (const { table } of tableRowsOf(parsed)) {
		// insikt_definition is keyed by year alone: the upsert has replaced it already.
		if (table === "insikt_definition") continue;
		const remove = statementOf(sqlite, deleteLeftoversSql(table));
		for (const { year } of replacedYears)
			remove.run(year, parsed.source, runId);
	}
}
