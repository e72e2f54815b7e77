import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

export interface RunningServer {
	url: string;
	stop(): Promise<void>;
}

/**
 * Starts the real server the way `npm start` does (build if stale, migrate, load the bundled
 * data) on a free port with a temporary database, and waits until it prints its URL.
 */
export async function startRealServer(
	env: Record<string, string> = {},
): Promise<RunningServer> {
	const dataDir = mkdtempSync(join(tmpdir(), "topp10-e2e-"));
	const child = spawn(
		process.execPath,
		["--import", "tsx", join(ROOT, "server", "start.ts")],
		{
			cwd: ROOT,
			env: {
				...process.env,
				TOPP10_DB: join(dataDir, "topp10.db"),
				PORT: "0",
				LOG_LEVEL: "warn",
				...env,
			},
			stdio: ["ignore", "pipe", "pipe"],
		},
	);
	const url = await waitForUrl(child);
	return {
		url,
		stop: async () => {
			const exited = new Promise((resolve) => child.once("exit", resolve));
			child.kill("SIGTERM");
			await exited;
			rmSync(dataDir, { recursive: true, force: true });
		},
	};
}

function waitForUrl(child: ChildProcess): Promise<string> {
	return new Promise((resolve, reject) => {
		let output = "";
		const onData = (chunk: Buffer) => {
			output += chunk.toString();
			const match = /running at (http:\/\/\S+?)\/?\s/.exec(output);
			if (match?.[1]) resolve(match[1]);
		};
		child.stdout?.on("data", onData);
		child.stderr?.on("data", (chunk: Buffer) => {
			output += chunk.toString();
		});
		child.once("exit", (code) =>
			reject(
				new Error(`server exited with ${code} before listening:\n${output}`),
			),
		);
	});
}
