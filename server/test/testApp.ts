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
