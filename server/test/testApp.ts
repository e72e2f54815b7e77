import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { inject } from "vitest";
import { type DatabaseHandle, openDatabase } from "../../db/client.ts";
import { loadBundledData } from "../../importers/bundled.ts";
import { buildApp } from "../app.ts";

export const FIXED_CLOCK = () => "2026-05-01T08:00:00.000Z";

/** The template made by globalSetup, when running under Vitest; scripts load the data themselves. */
function bundledTemplatePath(): string | undefined {
	try {
		return inject("bundledTemplatePath");
	} catch {
		return undefined;
	}
}

export interface TestDatabase {
	handle: DatabaseHandle;
	remove(): void;
}

/** A real SQLite file in a temporary folder, migrated; optionally loaded with the bundled data set. */
export function createTestDatabase(options: {
	bundled: boolean;
}): TestDatabase {
	const dir = mkdtempSync(join(tmpdir(), "topp10-test-"));
	const path = join(dir, "test.db");
	const template = options.bundled ? bundledTemplatePath() : undefined;
	if (template && existsSync(template)) copyFileSync(template, path);
	const handle = openDatabase(path);
	if (options.bundled && !template) loadBundledData(handle.db, FIXED_CLOCK);
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
