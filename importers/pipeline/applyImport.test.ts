import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
	countRows,
	createMunicipalityDatabase,
	importFixture,
	snapshotTables,
} from "../testing/importTestHelpers.ts";
import { FIXED_CLOCK, type TestDatabase } from "../testing/testDatabase.ts";
import type { YearChange } from "./applyImport.ts";
import type { ImportRequest, ImportResult } from "./importFile.ts";
import { importFile } from "./importFile.ts";

let database: TestDatabase;
beforeEach(() => {
	database = createMunicipalityDatabase();
});
afterEach(() => database.remove());

const OPTIONS: ImportRequest["options"] = {
	provenance: "imported",
	mode: "replace-years",
	dryRun: false,
};

function importText(
	fileName: string,
	text: string,
	options: Partial<ImportRequest["options"]> = {},
) {
	return importFile(
		database.handle.db,
		{
			fileName,
			bytes: new TextEncoder().encode(text),
			options: { ...OPTIONS, ...options },
		},
		FIXED_CLOCK,
	);
}

/** What an import changed per year; null for a refused or unchanged file. */
function yearsOf(result: ImportResult): YearChange[] | null {
	return result.ok && result.outcome.status !== "unchanged"
		? result.outcome.years
		: null;
}

/** A year's counts, 0 where not given; replaced is changed + removed, as applyImport counts it. */
function yearChange(
	counts: Pick<YearChange, "year" | "incoming"> &
		Partial<Pick<YearChange, "added" | "changed" | "removed">>,
): YearChange {
	const { added = 0, changed = 0, removed = 0 } = counts;
	return { ...counts, added, changed, removed, replaced: changed + removed };
}

function ranks(): string[] {
	return database.handle.sqlite
		.prepare(
			"select r.year, r.municipality_code, r.rank, r.provenance, i.file_name from sn_result r join import_run i on i.id = r.import_run_id order by 1, 2",
		)
		.all()
		.map((row) => Object.values(row as Record<string, unknown>).join(" "));
}

describe("applyImport", () => {
	it("replace-years: a new file for a year replaces exactly that source's rows of that year", () => {
		importText(
			"a.csv",
			"År;Kommunkod;Placering\n2022;1402;41\n2022;1401;9\n2023;1402;32\n",
		);
		const second = importText(
			"b.csv",
			"År;Kommunkod;Placering\n2023;1480;100\n",
		);
		expect(yearsOf(second)).toEqual([
			yearChange({ year: 2023, incoming: 1, added: 1, removed: 1 }),
		]);
		expect(ranks()).toEqual([
			"2022 1401 9 imported a.csv",
			"2022 1402 41 imported a.csv",
			"2023 1480 100 imported b.csv",
		]);
	});

	it("overlay: upserts by key and leaves the rest of the year alone, with its own provenance", () => {
		importText(
			"fill.csv",
			"År;Kommunkod;Placering\n2023;1402;40\n2023;1401;11\n",
			{ provenance: "synthetic" },
		);
		const overlay = importText(
			"facts.csv",
			"År;Kommunkod;Placering\n2023;1402;32\n",
			{
				provenance: "published",
				mode: "overlay",
			},
		);
		expect(yearsOf(overlay)).toEqual([
			yearChange({ year: 2023, incoming: 1, changed: 1 }),
		]);
		expect(ranks()).toEqual([
			"2023 1401 11 synthetic fill.csv",
			"2023 1402 32 published facts.csv",
		]);
	});

	it("dry run: says what it would add and replace per year, writes nothing", () => {
		importText("a.csv", "År;Kommunkod;Placering\n2023;1402;32\n2023;1401;11\n");
		const before = snapshotTables(database);
		const dry = importText(
			"b.csv",
			"År;Kommunkod;Placering\n2022;1402;41\n2023;1402;30\n",
			{ dryRun: true },
		);
		expect(dry.ok && dry.outcome).toMatchObject({
			status: "dry-run",
			runId: null,
			rows: 2,
			years: [
				{ year: 2022, incoming: 1, added: 1, changed: 0, removed: 0 },
				{ year: 2023, incoming: 1, added: 0, changed: 1, removed: 1 },
			],
			changes: { added: 1, changed: 1, removed: 1 },
			kommungruppChanges: 0,
		});
		expect(snapshotTables(database)).toEqual(before);
	});

	it("records every import as a run with counts, status, warnings and years", () => {
		importText("a.csv", "År;Kommunkod;Placering\n2023;1402;32\n");
		const run = database.handle.sqlite
			.prepare(
				"select source, file_name, rows, status, warnings_json, years_json, finished_at from import_run where file_name = 'a.csv'",
			)
			.get();
		expect(run).toMatchObject({
			source: "sn-ranking",
			file_name: "a.csv",
			rows: 1,
			status: "ok",
			years_json: "[2023]",
			finished_at: FIXED_CLOCK(),
		});
		expect(
			JSON.parse((run as { warnings_json: string }).warnings_json),
		).toEqual([
			{
				code: "incomplete-year",
				params: { year: 2023, topic: "ranks", count: 1, total: 290 },
				message: "2023: ranks for 1 of 290 municipalities",
			},
		]);
	});

	it("applies the municipality list again after the statistics file changed its kommungrupp (same sha256, not unchanged)", async () => {
		await importFixture(
			database,
			"sn-statistics/statistik-decimal-comma-empty-years.csv",
		);
		const list = await importFixture(
			database,
			"municipalities/municipalities.csv",
			{
				provenance: "published",
				mode: "overlay",
			},
		);
		expect(list.ok && list.outcome.status).toBe("imported");
		const row = database.handle.sqlite
			.prepare("select kommungrupp from municipality where code = '0184'")
			.get();
		expect(row).toEqual({ kommungrupp: "A2" });
		expect(countRows(database, "municipality")).toBe(290);
	});

	it("replace-years for definitions drops factors the new file no longer lists", () => {
		const header =
			"År;Faktor-id;Faktor;Typ;Vikt;Skala min;Skala max;Högre är bättre\n";
		importText(
			"d1.csv",
			`${header}2023;a;A;enkät;1/2;1;6;ja\n2023;b;B;enkät;1/2;1;6;ja\n`,
		);
		importText("d2.csv", `${header}2023;a;A;enkät;1;1;6;ja\n`);
		expect(
			database.handle.sqlite.prepare("select id, weight from sn_factor").all(),
		).toEqual([{ id: "a", weight: 1 }]);
	});
});
