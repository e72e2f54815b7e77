import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../db/projectRoot.ts";
import { ConfigError } from "../domain/config.ts";
import { startServer } from "./main.ts";

const BUILT_INDEX = join(PROJECT_ROOT, "dist", "client", "index.html");

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
		newestModification(join(PROJECT_ROOT, "client")) > built ||
		statSync(join(PROJECT_ROOT, "vite.config.ts")).mtimeMs > built
	);
}

/**
 * Builds the client when it is stale. Vite is a development dependency: a production install
 * (`npm ci --omit=dev`) has none and serves the build made by `npm run build`.
 */
async function buildClientIfStale(): Promise<void> {
	if (!isClientBuildStale()) return;
	const vite = await import("vite").catch(() => null);
	if (!vite) {
		if (!existsSync(BUILT_INDEX))
			throw new ConfigError(
				"The client is not built and Vite is not installed: run `npm ci && npm run build` first.",
			);
		console.warn(
			"The client sources are newer than dist/client; serving the existing build (run `npm run build`).",
		);
		return;
	}
	console.log("Building the client (first start or changed sources)…");
	await vite.build({
		configFile: join(PROJECT_ROOT, "vite.config.ts"),
		logLevel: "warn",
	});
}

try {
	await buildClientIfStale();
	await startServer();
} catch (error: unknown) {
	console.error(
		error instanceof ConfigError
			? `Configuration error: ${error.message}`
			: error,
	);
	process.exit(1);
}
