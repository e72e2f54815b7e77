import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES_DIR } from "../pipeline/bundled.ts";
import { rankingCsv } from "../testing/rankingFiles.ts";
import { runImportCli } from "../testing/runImportCli.ts";

let dir: string;
let databasePath: string;
let codes: string[];

function runCli(...args: string[]) {
	return runImportCli(databasePath, ...args);
}

function query<T>(sql: string): T[] {
	const db = new Database(databasePath, { readonly: true });
	try {
		return db.prepare(sql).all() as T[];
	} finally {
		db.close();
	}
}

function figures(): unknown[] {
	return query(
		"select id, year, municipality_code, factor_id, rank, score, provenance, source, import_run_id from sn_result order by id",
	);
}

function writeFile(name: string, text: string): string {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
}

function lastRunId(): number {
	return (
		query<{ id: number }>("select max(id) as id from import_run")[0]?.id ?? 0
	);
}

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), "topp10-cli-undo-"));
	databasePath = join(dir, "cli.db");
	expect(
		runCli(join(FIXTURES_DIR, "municipalities", "municipalities.csv")).status,
	).toBe(0);
	codes = query<{ code: string }>(
		"select code from municipality order by code",
	).map((row) => row.code);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run import: exact replacement and undo", () => {
	it("overlays by default, replaces the years with --replace-year, lists conflicts and removals, and undoes exactly", () => {
		const full = writeFile(
			"full.csv",
			rankingCsv(2023, codes, { scores: true }),
		);
		expect(runCli(full).status).toBe(0);
		const fullRun = lastRunId();
		const afterFull = figures();
		const fifteen = writeFile(
			"fifteen.csv",
			rankingCsv(2023, codes.slice(0, 15), { rankOffset: 3 }),
		);

		const overlay = runCli(fifteen, "--dry-run");
		expect(overlay.status).toBe(0);
		expect(overlay.stdout).toContain(
			"would add 0, would change 15, would remove 0 stored rows",
		);
		expect(figures()).toEqual(afterFull);

		const replace = runCli(fifteen, "--replace-year", "--dry-run");
		expect(replace.stdout).toContain(
			"would add 0, would change 15, would remove 565 stored rows",
		);
		expect(replace.stdout).toContain(
			"565 stored figures that would be removed:",
		);
		expect(replace.stdout).toContain(
			`2023 ${codes[15]} total rank: 16 (imported, full.csv run ${fullRun}) → –`,
		);
		expect(replace.stdout).toContain("… and 515 more");

		const imported = runCli(fifteen, "--replace-year");
		expect(imported.status).toBe(0);
		const replaceRun = lastRunId();
		expect(figures()).toHaveLength(15);

		const later = writeFile(
			"later.csv",
			rankingCsv(2023, codes.slice(0, 5), { rankOffset: 9 }),
		);
		expect(runCli(later).status).toBe(0);
		const laterRun = lastRunId();

		const refused = runCli("--undo", String(replaceRun));
		expect(refused.status).toBe(1);
		expect(refused.stderr).toContain(
			`run ${replaceRun} cannot be undone: later runs changed the same figures: run ${laterRun} (later.csv)`,
		);

		expect(runCli("--undo", String(laterRun)).status).toBe(0);
		const undone = runCli("--undo", String(replaceRun));
		expect(undone.status).toBe(0);
		expect(undone.stdout).toContain(
			`run ${replaceRun} undone: 15 rows restored, 0 rows it added deleted, 565 rows it removed put back`,
		);
		expect(figures()).toEqual(afterFull);
		expect(
			query(
				"select id, undone_at is not null as undone from import_run where id >= " +
					replaceRun,
			),
		).toEqual([
			{ id: replaceRun, undone: 1 },
			{ id: laterRun, undone: 1 },
		]);
		expect(runCli("--undo", String(replaceRun)).stderr).toContain(
			"already undone",
		);
	});

	it("applies file A again after file C replaced the same figures (same sha256)", () => {
		const a = writeFile("a.csv", rankingCsv(2022, codes.slice(0, 15)));
		const c = writeFile(
			"c.csv",
			rankingCsv(2022, codes.slice(0, 15), { rankOffset: 2 }),
		);
		expect(runCli(a).stdout).toContain("added 15, changed 0, removed 0");
		expect(runCli(a).stdout).toContain("unchanged");
		expect(runCli(c).stdout).toContain("changed 15");
		const again = runCli(a);
		expect(again.stdout).toContain("imported 15 rows");
		expect(again.stdout).toContain("added 0, changed 15, removed 0");
	});

	it("refuses an undo without a run id", () => {
		const result = runCli("--undo", "x");
		expect(result.status).toBe(2);
		expect(result.stderr).toContain("--undo needs a run id");
	});
});
