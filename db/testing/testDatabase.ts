import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { type DatabaseHandle, type Db, openDatabase } from "../client.ts";

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

/**
 * A real SQLite file in a temporary folder, migrated; optionally holding the bundled data set,
 * copied from the template that Vitest's globalSetup made, or loaded by `loadBundled` outside it.
 */
export function createTestDatabase(
	options: { bundled: boolean },
	loadBundled?: (db: Db) => void,
): TestDatabase {
	const dir = mkdtempSync(join(tmpdir(), "topp10-test-"));
	const path = join(dir, "test.db");
	const template = options.bundled ? bundledTemplatePath() : undefined;
	if (template && existsSync(template)) copyFileSync(template, path);
	const handle = openDatabase(path);
	if (options.bundled && !template) {
		if (!loadBundled) {
			handle.close();
			throw new Error("No bundled template outside Vitest: pass loadBundled");
		}
		loadBundled(handle.db);
	}
	return {
		handle,
		remove: () => {
			handle.close();
			rmSync(dir, { recursive: true, force: true });
		},
	};
}
