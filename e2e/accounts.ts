import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import type { UserRole } from "../domain/actions.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

export interface TestAccount {
	name: string;
	password: string;
	role: UserRole;
}

/** A database of the test's own, so that accounts can be added with the real users CLI. */
export function tempDatabase(prefix: string): {
	path: string;
	remove(): void;
} {
	const dir = mkdtempSync(join(tmpdir(), `topp10-${prefix}-e2e-`));
	return {
		path: join(dir, "topp10.db"),
		remove: () => rmSync(dir, { recursive: true, force: true }),
	};
}

/** `npm run users -- add NAME --role ROLE --password-stdin` against the server's database. */
export function addAccount(
	database: string,
	account: TestAccount,
): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(
			process.execPath,
			[
				join(ROOT, "server", "run.mjs"),
				join("server", "cli", "users.ts"),
				"add",
				account.name,
				"--role",
				account.role,
				"--password-stdin",
			],
			{
				cwd: ROOT,
				env: { ...process.env, TOPP10_DB: database },
				stdio: ["pipe", "pipe", "pipe"],
			},
		);
		let output = "";
		child.stdout.on("data", (chunk: Buffer) => {
			output += chunk.toString();
		});
		child.stderr.on("data", (chunk: Buffer) => {
			output += chunk.toString();
		});
		child.once("exit", (code) =>
			code === 0
				? resolve()
				: reject(new Error(`users add exited with ${code}: ${output}`)),
		);
		child.stdin.end(`${account.password}\n`);
	});
}

/** Fills the login form (on /logga-in) and sends it. */
export async function logIn(page: Page, account: TestAccount): Promise<void> {
	await page.getByLabel("Användarnamn").fill(account.name);
	await page.getByLabel("Lösenord").fill(account.password);
	await page.getByRole("button", { name: "Logga in" }).click();
}
