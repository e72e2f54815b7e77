import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES_DIR } from "./bundled.ts";

const ROOT = join(FIXTURES_DIR, "..");
let dir: string;
let databasePath: string;

function runCli(...args: string[]) {
	return spawnSync(
		process.execPath,
		["--import", "tsx", join(ROOT, "importers", "cli.ts"), ...args],
		{
			cwd: ROOT,
			env: { ...process.env, TOPP10_DB: databasePath },
			encoding: "utf8",
		},
	);
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
			`${file}:3:11: rank "x1" must be a whole number from 1 to 290`,
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
		expect(second.stdout).toContain("already imported");
		expect(countRows()).toBe(2);
	});

	it("explains its usage when given no file", () => {
		const result = runCli();
		expect(result.status).toBe(2);
		expect(result.stderr).toContain("usage: npm run import");
	});
});
