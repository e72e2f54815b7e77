import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../services/auth/passwords.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
let dir: string;
let databasePath: string;

/** `npm run users -- …` as a real process, with the password on standard input. */
function users(args: string[], input?: string) {
	return spawnSync(
		process.execPath,
		[join(ROOT, "server", "run.mjs"), "server/cli/users.ts", ...args],
		{
			cwd: ROOT,
			env: { ...process.env, TOPP10_DB: databasePath },
			encoding: "utf8",
			input: input ?? "",
		},
	);
}

function storedHash(name: string): string | undefined {
	const db = new Database(databasePath, { readonly: true });
	try {
		const row = db
			.prepare("select password_hash as hash from user where name = ?")
			.get(name) as { hash: string } | undefined;
		return row?.hash;
	} finally {
		db.close();
	}
}

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), "topp10-users-"));
	databasePath = join(dir, "users.db");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run users", () => {
	it("adds an account with --password-stdin, stored only as a scrypt hash", async () => {
		const result = users(
			["add", "Anna.Berg", "--role", "admin", "--password-stdin"],
			"ett långt lösenord\n",
		);
		expect(result.stderr).toBe("");
		expect(result.stdout).toBe("Added anna.berg (admin).\n");
		expect(result.status).toBe(0);
		const hash = storedHash("anna.berg") ?? "";
		expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
		expect(hash).not.toContain("lösenord");
		expect(await verifyPassword("ett långt lösenord", hash)).toBe(true);
	});

	it("lists the accounts with their roles", () => {
		expect(
			users(["add", "bo.ek", "--password-stdin"], "bo:s eget lösenord\n")
				.status,
		).toBe(0);
		const result = users(["list"]);
		expect(result.status).toBe(0);
		const lines = result.stdout.trim().split("\n");
		expect(lines[0]).toMatch(/^name\s+role\s+created\s+password changed$/);
		expect(lines.slice(1).map((line) => line.split(/\s+/).slice(0, 2))).toEqual(
			[
				["anna.berg", "admin"],
				["bo.ek", "editor"],
			],
		);
	});

	it("changes a password with passwd", async () => {
		const result = users(
			["passwd", "bo.ek", "--password-stdin"],
			"ett nytt lösenord\n",
		);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain("Changed the password of bo.ek");
		expect(
			await verifyPassword("ett nytt lösenord", storedHash("bo.ek") ?? ""),
		).toBe(true);
	});

	it("removes an account", () => {
		const result = users(["remove", "bo.ek"]);
		expect(result.status).toBe(0);
		expect(storedHash("bo.ek")).toBeUndefined();
		const again = users(["remove", "bo.ek"]);
		expect(again.status).toBe(1);
		expect(again.stderr).toContain('There is no account "bo.ek"');
	});

	it("says what is wrong with a role, a name, a password or a missing terminal, and exits non-zero", () => {
		const role = users(
			["add", "cy", "--role", "boss", "--password-stdin"],
			"ett långt lösenord\n",
		);
		expect(role.status).toBe(2);
		expect(role.stderr).toContain('--role must be editor or admin, got "boss"');
		expect(role.stderr).toContain("usage:");
		const weak = users(["add", "cy", "--password-stdin"], "kort\n");
		expect(weak.status).toBe(1);
		expect(weak.stderr).toContain("use at least 12");
		const taken = users(
			["add", "anna.berg", "--password-stdin"],
			"ett långt lösenord\n",
		);
		expect(taken.status).toBe(1);
		expect(taken.stderr).toContain('already an account "anna.berg"');
		const noTerminal = users(["add", "cy"]);
		expect(noTerminal.status).toBe(1);
		expect(noTerminal.stderr).toContain("--password-stdin");
		const unknown = users(["delete", "cy"]);
		expect(unknown.status).toBe(2);
		expect(unknown.stderr).toContain('unknown command "delete"');
	});
});
