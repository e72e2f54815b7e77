import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../../db/client.ts";
import { loadBundledData } from "../../importers/pipeline/bundled.ts";

declare module "vitest" {
	export interface ProvidedContext {
		bundledTemplatePath: string;
	}
}

/**
 * Loading the bundled data set takes a couple of seconds; do it once per test run into a
 * template file that each test copies, instead of once per test file.
 */
export default function setup(project: TestProject): () => void {
	const dir = mkdtempSync(join(tmpdir(), "topp10-template-"));
	const path = join(dir, "bundled.db");
	const handle = openDatabase(path);
	loadBundledData(handle.db, () => "2026-05-01T08:00:00.000Z");
	handle.sqlite.pragma("wal_checkpoint(TRUNCATE)");
	handle.close();
	project.provide("bundledTemplatePath", path);
	return () => rmSync(dir, { recursive: true, force: true });
}
