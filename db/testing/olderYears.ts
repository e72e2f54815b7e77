import type Database from "better-sqlite3";

/** The tables holding figures per year. */
const YEARLY_TABLES = [
	"sn_result",
	"sn_factor",
	"insikt_result",
	"insikt_definition",
] as const;

interface ColumnInfo {
	name: string;
	type: string;
	pk: number;
}

/** Every column but a surrogate INTEGER PRIMARY KEY (the rowid), which the copy gets anew. */
function copiedColumns(sqlite: Database.Database, table: string): string[] {
	const columns = sqlite
		.prepare(`pragma table_info("${table}")`)
		.all() as ColumnInfo[];
	return columns
		.filter((c) => !(c.pk === 1 && c.type === "INTEGER" && c.name !== "year"))
		.map((c) => c.name);
}

/**
 * Gives a test more history than the bundled data, as bench/scaleData.ts does for the bench: every
 * stored row of the yearly tables is copied once per shift with its year moved back by it and
 * provenance "synthetic". Each shift must exceed the stored span of years, so copies never collide.
 * Run it before the app answers anything: direct writes leave the data version unchanged.
 */
export function copyYearsBack(
	sqlite: Database.Database,
	shifts: readonly number[],
): void {
	sqlite.transaction(() => {
		for (const table of YEARLY_TABLES) {
			const columns = copiedColumns(sqlite, table);
			const selected = columns.map((name) =>
				name === "year"
					? "year - @shift"
					: name === "provenance"
						? "'synthetic'"
						: `"${name}"`,
			);
			const minYear = sqlite
				.prepare(`select min(year) from "${table}"`)
				.pluck()
				.get() as number | null;
			if (minYear === null) continue;
			const copy = sqlite.prepare(
				`insert into "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) select ${selected.join(", ")} from "${table}" where year >= @minYear`,
			);
			for (const shift of shifts) copy.run({ shift, minYear });
		}
	})();
}
