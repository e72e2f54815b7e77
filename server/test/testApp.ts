import type { FastifyInstance } from "fastify";
import {
	createTestDatabase,
	type TestDatabase,
} from "../../importers/testing/testDatabase.ts";
import { buildApp } from "../app.ts";

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
