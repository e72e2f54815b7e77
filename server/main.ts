import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "../db/client.ts";
import { isDatabaseEmpty, loadBundledData } from "../importers/bundled.ts";
import { buildApp } from "./app.ts";
import { ConfigError, loadConfig } from "./config.ts";

const CLIENT_DIR = join(
	dirname(fileURLToPath(import.meta.url)),
	"..",
	"dist",
	"client",
);

/** Starts the server: migrate, load the bundled data into an empty database, listen, close cleanly. */
export async function startServer(): Promise<void> {
	const config = loadConfig();
	const handle = openDatabase(config.databasePath);
	if (isDatabaseEmpty(handle.db)) {
		const results = loadBundledData(handle.db, () => new Date().toISOString());
		console.log(
			`Loaded the bundled data set into ${config.databasePath} (${results.length} files).`,
		);
	}
	const app = await buildApp({
		db: handle.db,
		clientDir: CLIENT_DIR,
		logger: { level: config.logLevel },
	});
	const shutdown = async (signal: string): Promise<void> => {
		app.log.info({ signal }, "closing: draining requests, then the database");
		await app.close();
		handle.close();
		process.exit(0);
	};
	process.once("SIGTERM", () => void shutdown("SIGTERM"));
	process.once("SIGINT", () => void shutdown("SIGINT"));
	await app.listen({ host: config.host, port: config.port });
	const address = app.server.address();
	const port =
		typeof address === "object" && address ? address.port : config.port;
	console.log(`Topp10 is running at http://${config.host}:${port}/`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	startServer().catch((error: unknown) => {
		console.error(
			error instanceof ConfigError
				? `Configuration error: ${error.message}`
				: error,
		);
		process.exit(1);
	});
}
