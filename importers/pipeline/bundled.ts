import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { count, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { PROJECT_ROOT } from "../../db/projectRoot.ts";
import { sqliteClientOf } from "../../db/queries/imports/sqliteClientOf.ts";
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

/** The bundled files that have an import run in the database, out of the manifest's. */
export function countLoadedBundledFiles(db: Db): {
	expected: number;
	loaded: number;
} {
	const manifest = readBundledManifest();
	const names = new Set(
		db
			.select({ fileName: importRun.fileName })
			.from(importRun)
			.where(eq(importRun.status, "ok"))
			.all()
			.map((run) => run.fileName),
	);
	return {
		expected: manifest.length,
		loaded: manifest.filter((entry) => names.has(basename(entry.path))).length,
	};
}

export function isDatabaseEmpty(db: Db): boolean {
	const row = db.select({ n: count() }).from(importRun).get();
	return (row?.n ?? 0) === 0;
}

/**
 * Loads every bundled file through the same import path as the CLI, all in one transaction: a
 * first start that fails half-way (a full disk, an invalid file) leaves the database empty, so
 * the next start loads the whole set again instead of serving a part of it. Throws on failure.
 */
export function loadBundledData(db: Db, clock: Clock): ImportResult[] {
	const sqlite = sqliteClientOf(db);
	return sqlite.transaction(() => loadEveryFile(db, clock)).immediate();
}

function loadEveryFile(db: Db, clock: Clock): ImportResult[] {
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
