import type Database from "better-sqlite3";

export interface ScaledTable {
	table: string;
	before: number;
	after: number;
}

interface ColumnInfo {
	name: string;
	type: string;
	pk: number;
}

/** An INTEGER PRIMARY KEY is the rowid: copies get a new one. */
function isRowId(column: ColumnInfo, columns: ColumnInfo[]): boolean {
	return (
		column.pk === 1 &&
		column.type.toUpperCase() === "INTEGER" &&
		columns.filter((c) => c.pk > 0).length === 1
	);
}

/** Tables holding figures per year: every user table with a `year` column. */
function yearTables(sqlite: Database.Database): string[] {
	const tables = sqlite
		.prepare(
			"select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' order by name",
		)
		.pluck()
		.all() as string[];
	return tables.filter((table) =>
		columnsOf(sqlite, table).some((column) => column.name === "year"),
	);
}

function columnsOf(sqlite: Database.Database, table: string): ColumnInfo[] {
	return sqlite.prepare(`pragma table_info("${table}")`).all() as ColumnInfo[];
}

function countRows(sqlite: Database.Database, table: string): number {
	return sqlite
		.prepare(`select count(*) from "${table}"`)
		.pluck()
		.get() as number;
}

/**
 * Synthetic scale-up for the bench: every row of every table with a `year` column is copied
 * (factor - 1) times with its year moved back by 100·k (k = 1 … factor-1) and provenance
 * "synthetic", so each of those tables holds `factor` times its rows while the latest years, and so
 * every answer for a given year, stay as they were. A route that returns a whole history (ranking)
 * returns `factor` times the years.
 */
export function multiplyData(
	sqlite: Database.Database,
	factor: number,
): ScaledTable[] {
	const tables = yearTables(sqlite);
	const before = new Map(
		tables.map((table) => [table, countRows(sqlite, table)]),
	);
	const minYear = Math.min(
		...tables.map(
			(table) =>
				(sqlite.prepare(`select min(year) from "${table}"`).pluck().get() as
					| number
					| null) ?? Number.POSITIVE_INFINITY,
		),
	);
	sqlite.transaction(() => {
		for (const table of tables) {
			const info = columnsOf(sqlite, table);
			const columns = info
				.filter((column) => column.name === "year" || !isRowId(column, info))
				.map((column) => column.name);
			const selected = columns.map((name) =>
				name === "year"
					? "year - @offset"
					: name === "provenance"
						? "'synthetic'"
						: `"${name}"`,
			);
			const copy = sqlite.prepare(
				`insert into "${table}" (${columns.map((name) => `"${name}"`).join(", ")}) select ${selected.join(", ")} from "${table}" where year >= @minYear`,
			);
			for (let k = 1; k < factor; k++) copy.run({ offset: 100 * k, minYear });
		}
	})();
	return tables.map((table) => ({
		table,
		before: before.get(table) ?? 0,
		after: countRows(sqlite, table),
	}));
}
