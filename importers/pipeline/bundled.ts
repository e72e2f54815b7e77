import { readFileSync } from "node:fs";
import { join } from "node:path";
import { count } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { PROJECT_ROOT } from "../../db/projectRoot.ts";
import { importRun } from "../../db/schema.ts";
import type { ImportSource } from "../../domain/ids.ts";
import { formatIssue, type ImportMode } from "../../domain/importRows.ts";
import type { Provenance } from "../../domain/provenance.ts";
import type { Clock } from "./applyImport.ts";
import { type ImportResult, importFile } from "./importFile.ts";

export interface BundledFile {
	/** Path relative to fixtures/. */
	path: string;
	source: ImportSource;
	provenance: Provenance;
	mode: ImportMode;
}

export const FIXTURES_DIR = join(PROJECT_ROOT, "fixtures");

/** The bundled data set, in load order: published facts go last so they overlay any fill. */
export function readBundledManifest(): BundledFile[] {
	return JSON.parse(
		readFileSync(join(FIXTURES_DIR, "bundled", "manifest.json"), "utf8"),
	) as BundledFile[];
}

export function isDatabaseEmpty(db: Db): boolean {
	const row = db.select({ n: count() }).from(importRun).get();
	return (row?.n ?? 0) === 0;
}

/** Loads every bundled file through the same import path as the CLI; throws if a bundled file is invalid. */
export function loadBundledData(db: Db, clock: Clock): ImportResult[] {
	return readBundledManifest().map((entry) => {
		const result = importFile(
			db,
			{
				fileName: entry.path,
				bytes: readFileSync(join(FIXTURES_DIR, entry.path)),
				source: entry.source,
				options: {
					provenance: entry.provenance,
					mode: entry.mode,
					dryRun: false,
				},
			},
			clock,
		);
		if (!result.ok) {
			const details = result.parsed.errors
				.map((issue) => formatIssue(entry.path, issue))
				.join("\n");
			throw new Error(
				`bundled file ${entry.path} does not import:\n${details}`,
			);
		}
		return result;
	});
}
