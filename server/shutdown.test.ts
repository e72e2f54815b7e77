import { type ChildProcess, spawn } from "node:child_process";
import {
	existsSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	statSync,
} from "node:fs";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "../db/client.ts";
import { FIXTURES_DIR } from "../importers/pipeline/bundled.ts";

const MAIN = join(dirname(fileURLToPath(import.meta.url)), "main.ts");
const TOKEN = "shutdown-test-token-0123456789";

interface ChildServer {
	child: ChildProcess;
	url: string;
	exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
	/** Resolves once a log line containing `text` has been printed. */
	waitForLog(text: string): Promise<void>;
}

async function startServer(dbPath: string): Promise<ChildServer> {
	const child = spawn(process.execPath, ["--import", "tsx", MAIN], {
		env: {
			...process.env,
			TOPP10_DB: dbPath,
			PORT: "0",
			HOST: "127.0.0.1",
			LOG_LEVEL: "debug",
			TOPP10_ADMIN_TOKEN: TOKEN,
		},
		stdio: ["ignore", "pipe", "pipe"],
	});
	let output = "";
	const waiters: { text: string; resolve: () => void }[] = [];
	const onData = (chunk: Buffer) => {
		output += chunk.toString();
		for (const waiter of [...waiters])
			if (output.includes(waiter.text)) {
				waiters.splice(waiters.indexOf(waiter), 1);
				waiter.resolve();
			}
	};
	child.stdout?.on("data", onData);
	child.stderr?.on("data", onData);
	const exit = new Promise<{
		code: number | null;
		signal: NodeJS.Signals | null;
	}>((resolve) =>
		child.once("exit", (code, signal) => resolve({ code, signal })),
	);
	const waitForLog = (text: string) =>
		new Promise<void>((resolve, reject) => {
			if (output.includes(text)) return resolve();
			waiters.push({ text, resolve });
			void exit.then(() =>
				reject(
					new Error(`server exited before printing "${text}":\n${output}`),
				),
			);
		});
	await waitForLog("running at http://");
	const url = /running at (http:\/\/\S+?)\/?\s/.exec(output)?.[1];
	if (!url) throw new Error(`no URL in:\n${output}`);
	return { child, url, exit, waitForLog };
}

function responseBody(response: IncomingMessage): Promise<string> {
	return new Promise((resolve, reject) => {
		let body = "";
		response.setEncoding("utf8");
		response.on("data", (chunk: string) => {
			body += chunk;
		});
		response.on("end", () => resolve(body));
		response.on("error", reject);
	});
}

function rankingYear(year: number): string {
	const codes = readFileSync(
		join(FIXTURES_DIR, "municipalities", "municipalities.csv"),
		"utf8",
	)
		.split(/\r?\n/)
		.slice(1)
		.map((line) => line.split(";")[0] ?? "")
		.filter((code) => /^\d{4}$/.test(code));
	return [
		"År;Kommunkod;Placering",
		...codes.map((code, index) => `${year};${code};${index + 1}`),
	].join("\n");
}

describe("SIGTERM", () => {
	let dir: string;
	let dbPath: string;
	let server: ChildServer | null = null;

	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), "topp10-shutdown-"));
		dbPath = join(dir, "topp10.db");
	});
	afterEach(async () => {
		if (server && server.child.exitCode === null && !server.child.killed) {
			server.child.kill("SIGKILL");
			await server.exit;
		}
		server = null;
		rmSync(dir, { recursive: true, force: true });
	});

	it("lets an upload that is still arriving finish, closes the database and exits 0", async () => {
		server = await startServer(dbPath);
		const boundary = "----topp10shutdowntest";
		const file = rankingYear(2024);
		const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="ranking-2024.csv"\r\nContent-Type: text/csv\r\n\r\n`;
		const tail = `\r\n--${boundary}--\r\n`;
		const middle = Math.floor(file.length / 2);
		const { url } = server;
		const upload = httpRequest(`${url}/api/imports`, {
			method: "POST",
			agent: false,
			headers: {
				authorization: `Bearer ${TOKEN}`,
				"content-type": `multipart/form-data; boundary=${boundary}`,
			},
		});
		const response = new Promise<IncomingMessage>((resolve, reject) => {
			upload.once("response", resolve);
			upload.once("error", reject);
		});
		upload.write(head + file.slice(0, middle));
		await server.waitForLog('"msg":"request received"');

		server.child.kill("SIGTERM");
		await server.waitForLog("closing: draining requests");
		upload.end(file.slice(middle) + tail);

		const answer = await response;
		const body = JSON.parse(await responseBody(answer)) as {
			outcome: string;
			rows: number;
		};
		expect(answer.statusCode).toBe(200);
		expect(body).toMatchObject({ outcome: "imported", rows: 290 });
		expect(await server.exit).toEqual({ code: 0, signal: null });

		// Closed cleanly: the WAL was checkpointed into the database file and removed.
		const wal = `${dbPath}-wal`;
		expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
		const handle = openDatabase(dbPath);
		try {
			expect(handle.sqlite.pragma("integrity_check", { simple: true })).toBe(
				"ok",
			);
			const newest = handle.sqlite
				.prepare("select file_name from import_run order by id desc limit 1")
				.pluck()
				.get();
			expect(newest).toBe("ranking-2024.csv");
		} finally {
			handle.close();
		}
	});

	it("does not wait for idle keep-alive connections", async () => {
		server = await startServer(dbPath);
		const response = await fetch(`${server.url}/api/health`, {
			headers: { connection: "keep-alive" },
		});
		expect(response.status).toBe(200);
		await response.text();
		server.child.kill("SIGTERM");
		expect(await server.exit).toEqual({ code: 0, signal: null });
	});
});
