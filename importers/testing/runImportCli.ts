import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { FIXTURES_DIR } from "../pipeline/bundled.ts";

const ROOT = join(FIXTURES_DIR, "..");

/** `npm run import -- …args` in a child process, on the database at `databasePath`. */
export function runImportCli(databasePath: string, ...args: string[]) {
	return spawnSync(
		process.execPath,
		["--import", "tsx", join(ROOT, "importers", "cli", "cli.ts"), ...args],
		{
			cwd: ROOT,
			env: { ...process.env, TOPP10_DB: databasePath },
			encoding: "utf8",
		},
	);
}
