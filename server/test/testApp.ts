import type { FastifyInstance } from "fastify";
import {
	createTestDatabase,
	type TestDatabase,
} from "../../importers/testing/testDatabase.ts";
import { type AppOptions, buildApp } from "../app.ts";

export {
	createTestDatabase,
	FIXED_CLOCK,
	type TestDatabase,
} from "../../importers/testing/testDatabase.ts";

/**
 * Tests share a machine with other work: a stalled second must not make an app shed load (503)
 * in the middle of a test about something else. Load shedding itself is tested on its own.
 */
export const TEST_PRESSURE = { maxEventLoopDelayMs: 60_000 };

export interface TestApp {
	app: FastifyInstance;
	database: TestDatabase;
	close(): Promise<void>;
}

export async function createTestApp(
	options: { bundled: boolean } & Omit<AppOptions, "db"> = { bundled: true },
): Promise<TestApp> {
	const { bundled, ...appOptions } = options;
	const database = createTestDatabase({ bundled });
	const app = await buildApp({
		clientDir: null,
		pressure: TEST_PRESSURE,
		...appOptions,
		db: database.handle.db,
	});
	return {
		app,
		database,
		close: async () => {
			await app.close();
			database.remove();
		},
	};
}
