import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { ConfigError } from "../domain/config.ts";
import { startServer } from "./main.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const BUILT_INDEX = join(ROOT, "dist", "client", "index.html");

function newestModification(path: string): number {
	const stats = statSync(path);
	if (!stats.isDirectory()) return stats.mtimeMs;
	return Math.max(
		stats.mtimeMs,
		...readdirSync(path).map((name) => newestModification(join(path, name))),
	);
}

/** The client needs a (re)build when there is none or a source file is newer than the build. */
function isClientBuildStale(): boolean {
	if (!existsSync(BUILT_INDEX)) return true;
	const built = statSync(BUILT_INDEX).mtimeMs;
	return (
		newestModification(join(ROOT, "client")) > built ||
		statSync(join(ROOT, "vite.config.ts")).mtimeMs > built
	);
}

if (isClientBuildStale()) {
	console.log("Building the client (first start or changed sources)…");
	await build({ configFile: join(ROOT, "vite.config.ts"), logLevel: "warn" });
}
await startServer().catch((error: unknown) => {
	console.error(
		error instanceof ConfigError
			? `Configuration error: ${error.message}`
			: error,
	);
	process.exit(1);
});
