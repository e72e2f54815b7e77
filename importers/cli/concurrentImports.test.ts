import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES_DIR } from "../pipeline/bundled.ts";

const ROOT = join(FIXTURES_DIR, "..");
let dir: string;
let databasePath: string;

function runCli(
	...files: string[]
): Promise<{ code: number | null; output: string }> {
	return new Promise((resolve) => {
		const child = spawn(
			process.execPath,
			["--import", "tsx", join(ROOT, "importers", "cli", "cli.ts"), ...files],
			{ cwd: ROOT, env: { ...process.env, TOPP10_DB: databasePath } },
		);
		let output = "";
		child.stdout.on("data", (chunk) => {
			output += chunk;
		});
		child.stderr.on("data", (chunk) => {
			output += chunk;
		});
		child.on("exit", (code) => resolve({ code, output }));
	});
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), "topp10-cli-concurrent-"));
	databasePath = join(dir, "cli.db");
	const list = await runCli(
		join(FIXTURES_DIR, "municipalities", "municipalities.csv"),
	);
	expect(list.code, list.output).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("two imports at once", () => {
	it("both succeed, one after the other, instead of 'database is locked'", async () => {
		const [first, second] = await Promise.all([
			runCli(join(FIXTURES_DIR, "sn-ranking", "long-semicolon.csv")),
			runCli(
				join(FIXTURES_DIR, "sn-ranking", "wide-comma-bom-name-variants.csv"),
			),
		]);
		expect(first?.code, first?.output).toBe(0);
		expect(second?.code, second?.output).toBe(0);
		const db = new Database(databasePath, { readonly: true });
		const runs = db
			.prepare("select count(*) from import_run where status = 'ok'")
			.pluck()
			.get();
		db.close();
		expect(runs).toBe(3);
	}, 60_000);
});
