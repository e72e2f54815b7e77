import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { type DatabaseHandle, openDatabase } from "../db/client.ts";
import { PROJECT_ROOT } from "../db/projectRoot.ts";
import { ConfigError, loadConfig } from "../domain/config.ts";
import {
	isDatabaseEmpty,
	loadBundledData,
} from "../importers/pipeline/bundled.ts";
import { buildApp } from "./app.ts";

const CLIENT_DIR = join(PROJECT_ROOT, "dist", "client");

/** How long in-flight requests get to finish after SIGTERM/SIGINT before the process gives up. */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * SIGTERM/SIGINT: stop accepting connections, let in-flight requests finish (Fastify closes idle
 * keep-alive connections and answers new requests on busy ones with 503), then close SQLite, which
 * checkpoints the WAL, and exit 0. A second signal, or requests still running after the grace
 * period, end the process with 1; the database stays consistent either way (WAL).
 */
function closeOnSignals(app: FastifyInstance, handle: DatabaseHandle): void {
	let closing = false;
	const shutdown = async (signal: NodeJS.Signals): Promise<void> => {
		if (closing) {
			app.log.warn({ signal }, "second signal: exiting without draining");
			process.exit(1);
		}
		closing = true;
		app.log.info({ signal }, "closing: draining requests, then the database");
		setTimeout(() => {
			app.log.error(
				`requests still running after ${SHUTDOWN_GRACE_MS} ms; exiting`,
			);
			process.exit(1);
		}, SHUTDOWN_GRACE_MS).unref();
		try {
			await app.close();
			handle.close();
			process.exit(0);
		} catch (error) {
			app.log.error({ err: error }, "closing failed");
			process.exit(1);
		}
	};
	process.on("SIGTERM", (signal) => void shutdown(signal));
	process.on("SIGINT", (signal) => void shutdown(signal));
}

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
		logger: {
			level: config.logLevel,
			...(process.stdout.isTTY
				? {
						transport: {
							target: "pino-pretty",
							options: {
								translateTime: "SYS:HH:MM:ss",
								ignore: "pid,hostname",
							},
						},
					}
				: {}),
		},
		trustProxy: config.trustProxy,
		adminToken: config.adminToken,
		privateMode: config.privateMode,
		sessionHours: config.sessionHours,
	});
	closeOnSignals(app, handle);
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
