import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { type DatabaseHandle, openDatabase } from "../../db/client.ts";
import { loadBundledData } from "../../importers/bundled.ts";
import { buildApp } from "../app.ts";

export const FIXED_CLOCK = () => "2026-05-01T08:00:00.000Z";

export interface TestDatabase {
	handle: DatabaseHandle;
	remove(): void;
}

/** A real SQLite file in a temporary folder, migrated; optionally loaded with the bundled data set. */
export function createTestDatabase(options: {
	bundled: boolean;
}): TestDatabase {
	const dir = mkdtempSync(join(tmpdir(), "topp10-test-"));
	const handle = openDatabase(join(dir, "test.db"));
	if (options.bundled) loadBundledData(handle.db, FIXED_CLOCK);
	return {
		handle,
		remove: () => {
			handle.close();
			rmSync(dir, { recursive: true, force: true });
		},
	};
}

export interface TestApp {
	app: FastifyInstance;
	database: TestDatabase;
	close(): Promise<void>;
}

export async function createTestApp(
	options: { bundled: boolean } = { bundled: true },
): Promise<TestApp> {
	const database = createTestDatabase(options);
	const app = await buildApp({ db: database.handle.db, clientDir: null });
	return {
		app,
		database,
		close: async () => {
			await app.close();
			database.remove();
		},
	};
}
