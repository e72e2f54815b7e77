import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, expect } from "vitest";
import {
	createTestDatabase,
	FIXED_CLOCK,
	type TestDatabase,
} from "../../db/testing/testDatabase.ts";
import type { IssueCode } from "../../domain/importIssues.ts";
import { formatIssueWithHeader } from "../../domain/importRows.ts";
import type { KoladaKpi } from "../formats/kolada/koladaCatalogue.ts";
import { FIXTURES_DIR } from "../pipeline/bundled.ts";
import {
	type ImportRequest,
	type ImportResult,
	importFile,
	importFileAsync,
	importKoladaFiles,
} from "../pipeline/importFile.ts";

/** A migrated test database holding the 290 municipalities and nothing else (faster than the bundled set). */
export function createMunicipalityDatabase(): TestDatabase {
	const database = createTestDatabase({ bundled: false });
	const result = importFile(
		database.handle.db,
		fixtureRequest("municipalities/municipalities.csv", {
			provenance: "published",
			mode: "overlay",
		}),
		FIXED_CLOCK,
	);
	if (!result.ok) throw new Error("the municipality list does not import");
	return database;
}

/**
 * Gives each test of the calling file a fresh database from createMunicipalityDatabase, removed
 * after the test: the returned object stands for the current test's database.
 */
export function municipalityDatabasePerTest(): TestDatabase {
	let current: TestDatabase | undefined;
	beforeEach(() => {
		current = createMunicipalityDatabase();
	});
	afterEach(() => {
		current?.remove();
		current = undefined;
	});
	const now = (): TestDatabase => {
		if (!current) throw new Error("the database exists only inside a test");
		return current;
	};
	return {
		get handle() {
			return now().handle;
		},
		remove: () => now().remove(),
	};
}

export function fixtureRequest(
	path: string,
	options: Partial<ImportRequest["options"]> = {},
	extra: Partial<ImportRequest> = {},
): ImportRequest {
	return {
		fileName: path,
		bytes: readFileSync(join(FIXTURES_DIR, path)),
		options: {
			provenance: "imported",
			mode: "replace-years",
			dryRun: false,
			...options,
		},
		...extra,
	};
}

/** Imports a fixture file (reading .xlsx workbooks first) with the pinned clock. */
export function importFixture(
	database: TestDatabase,
	path: string,
	options: Partial<ImportRequest["options"]> = {},
	extra: Partial<ImportRequest> = {},
): Promise<ImportResult> {
	return importFileAsync(
		database.handle.db,
		fixtureRequest(path, options, extra),
		FIXED_CLOCK,
	);
}

/** Imports a fixture that must import without errors. */
export async function importAccepted(
	database: TestDatabase,
	path: string,
	options: Partial<ImportRequest["options"]> = {},
	extra: Partial<ImportRequest> = {},
): Promise<ImportResult> {
	const result = await importFixture(database, path, options, extra);
	expect(formattedErrors(result)).toEqual([]);
	return result;
}

/** Imports a fixture that must be refused, checking that it changed no table. */
export async function importRefused(
	database: TestDatabase,
	path: string,
	options: Partial<ImportRequest["options"]> = {},
	extra: Partial<ImportRequest> = {},
): Promise<ImportResult> {
	const before = snapshotTables(database);
	const result = await importFixture(database, path, options, extra);
	expect(snapshotTables(database)).toEqual(before);
	return result;
}

/** Imports a fixture that must be refused with exactly these errors, as the CLI prints them. */
export async function expectRefusal(
	database: TestDatabase,
	path: string,
	errors: readonly string[],
): Promise<ImportResult> {
	const result = await importRefused(database, path);
	expect(formattedErrors(result)).toEqual(errors);
	return result;
}

/** The errors as the CLI prints them (`file:line:column (Header): reason`), with the file's base name. */
export function formattedErrors(result: ImportResult): string[] {
	return result.parsed.errors.map((issue) =>
		formatIssueWithHeader(result.fileName, issue),
	);
}

/** The warnings as the CLI prints them, with the file's base name. */
export function formattedWarnings(result: ImportResult): string[] {
	return result.parsed.warnings.map((issue) =>
		formatIssueWithHeader(result.fileName, issue),
	);
}

/** The codes of a result's warnings, or of its errors. */
export function issueCodes(
	result: ImportResult,
	kind: "errors" | "warnings" = "warnings",
): (IssueCode | undefined)[] {
	return result.parsed[kind].map((issue) => issue.code);
}

/** Every table an import can touch, to assert that a refused file changed nothing. */
export function snapshotTables(database: TestDatabase): unknown[] {
	const { sqlite } = database.handle;
	return [
		"municipality",
		"import_run",
		"sn_factor",
		"sn_result",
		"insikt_result",
		"insikt_definition",
		"sn_result_before",
		"insikt_result_before",
		"sn_factor_before",
		"insikt_definition_before",
		"municipality_before",
	].map((table) =>
		sqlite.prepare(`select * from ${table} order by 1, 2`).all(),
	);
}

export function countRows(database: TestDatabase, table: string): number {
	const row = database.handle.sqlite
		.prepare(`select count(*) as n from ${table}`)
		.get() as { n: number };
	return row.n;
}

/** Imports saved Kolada answers together, as `npm run import` does with several JSON files. */
export function importKoladaFixtures(
	database: TestDatabase,
	paths: string[],
	extra: { koladaKpis?: KoladaKpi[]; dryRun?: boolean } = {},
): ImportResult {
	return importKoladaFiles(
		database.handle.db,
		{
			files: paths.map((path) => ({
				fileName: path,
				bytes: readFileSync(join(FIXTURES_DIR, path)),
			})),
			koladaKpis: extra.koladaKpis,
			options: {
				provenance: "imported",
				mode: "replace-years",
				dryRun: extra.dryRun ?? false,
			},
		},
		FIXED_CLOCK,
	);
}
