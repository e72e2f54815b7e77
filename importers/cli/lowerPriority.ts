import { spawn } from "node:child_process";
import { getPriority, setPriority } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../db/projectRoot.ts";

/**
 * An import is a batch job, often on the machine that serves the dashboard: at a lower CPU
 * priority it takes the time the server leaves, so readers are not kept waiting while a large
 * workbook is read. Linux keeps a priority per thread, and Node's helper threads (and the
 * esbuild service tsx starts) exist before the import's own code runs, so lowering this process
 * would leave them as they are: the import runs again in a child process started at the lower
 * priority, which every thread of it inherits. Its exit code is returned; null means "run here"
 * (nothing to lower, or the system does not allow it).
 */
export function runAtLowerPriority(
	by: number,
	entry: string,
	args: readonly string[],
): Promise<number> | null {
	if (by === 0) return null;
	const original = getPriority();
	try {
		setPriority(Math.min(19, original + by));
	} catch {
		return null;
	}
	const child = spawn(
		process.execPath,
		[join(PROJECT_ROOT, "server", "run.mjs"), entry, ...args],
		{
			stdio: "inherit",
			// The child is already lowered; it runs the import itself.
			env: { ...process.env, TOPP10_IMPORT_NICE: "0" },
		},
	);
	return new Promise((resolve) => {
		child.on("error", () => resolve(2));
		child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
	});
}
