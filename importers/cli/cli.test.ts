import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES_DIR } from "../pipeline/bundled.ts";
import { runImportCli } from "../testing/runImportCli.ts";

let dir: string;
let databasePath: string;

function runCli(...args: string[]) {
	return runImportCli(databasePath, ...args);
}

function countRows(): number {
	const db = new Database(databasePath, { readonly: true });
	const row = db.prepare("select count(*) as n from sn_result").get() as {
		n: number;
	};
	db.close();
	return row.n;
}

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), "topp10-cli-"));
	databasePath = join(dir, "cli.db");
	expect(
		runCli(join(FIXTURES_DIR, "municipalities", "municipalities.csv")).status,
	).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run import", () => {
	it("prints file:line:column for each bad row, exits 1 and writes nothing", () => {
		const file = join(FIXTURES_DIR, "sn-ranking", "bad-values.csv");
		const result = runCli(file);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(
			`${file}:3:11 (Placering): "x1" is not a whole number from 1 to 290`,
		);
		expect(result.stderr).toContain("nothing was written");
		expect(countRows()).toBe(0);
	});

	it("imports a good file, then says the same file again changes nothing", () => {
		const file = join(FIXTURES_DIR, "sn-ranking", "long-semicolon.csv");
		const first = runCli(file);
		expect(first.status).toBe(0);
		expect(first.stdout).toContain("imported 2 rows");
		expect(countRows()).toBe(2);
		const second = runCli(file);
		expect(second.stdout).toContain(
			"unchanged, every figure is stored as the file says",
		);
		expect(countRows()).toBe(2);
	});

	it("a folder: definitions go first and pair with the factor file; a dry run ends with the summary table", () => {
		const folder = join(dir, "pairing");
		mkdirSync(folder);
		copyFileSync(
			join(FIXTURES_DIR, "sn-factors", "factors-ids.csv"),
			join(folder, "a-factors.csv"),
		);
		copyFileSync(
			join(
				FIXTURES_DIR,
				"sn-factors",
				"definitions-fraction-decimal-percent.csv",
			),
			join(folder, "b-definitions.csv"),
		);
		const before = countRows();
		const result = runCli(folder, "--dry-run");
		expect(result.stderr).not.toContain("error");
		expect(result.status).toBe(0);
		expect(result.stdout).toContain(
			"would import 3 rows (sn-factor-definitions",
		);
		expect(result.stdout).toContain(
			"2023: 4 in the file; would add 4, would change 0, would remove 0",
		);
		expect(result.stdout).toMatch(
			/file\s+format\s+status\s+rows\s+years\s+municipalities\s+warnings/,
		);
		expect(result.stdout).toMatch(
			/a-factors\.csv\s+sn-factors, utf-8, ";"-separated\s+dry run\s+4\s+2023\s+2\s+1/,
		);
		expect(countRows()).toBe(before);
	});

	it("reads an XLSX workbook and a Kolada data file with its saved KPI list", () => {
		const result = runCli(
			join(FIXTURES_DIR, "sn-ranking", "wide-merged-title.xlsx"),
			join(FIXTURES_DIR, "kolada", "kpi-foretagsklimat-insikt.json"),
			join(FIXTURES_DIR, "kolada", "data-page-2.json"),
			"--dry-run",
		);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain("Kolada KPI catalogue (19 KPIs)");
		expect(result.stdout).toContain('sn-ranking (wide), sheet "Ranking"');
		expect(result.stdout).toContain("would import 6 rows (kolada (json))");
	});

	it("imports two saved pages of one Kolada answer as one import", () => {
		const result = runCli(
			join(FIXTURES_DIR, "kolada", "data-page-1.json"),
			join(FIXTURES_DIR, "kolada", "data-page-2.json"),
			"--dry-run",
		);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain("data-page-1.json + ");
		expect(result.stdout).toContain("would import 13 rows (kolada (json))");
		expect(result.stderr).not.toContain("the answer continues");
	});

	it("explains its usage when given no file", () => {
		const result = runCli();
		expect(result.status).toBe(2);
		expect(result.stderr).toContain("usage: npm run import");
	});
});
