import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
	createDataVersionReader,
	getDataVersion,
} from "../../db/queries/meta/getDataVersion.ts";
import { emptyParsedImport } from "../../domain/importRows.ts";
import {
	createMunicipalityDatabase,
	snapshotTables,
} from "../testing/importTestHelpers.ts";
import { rankingCsv } from "../testing/rankingFiles.ts";
import { FIXED_CLOCK, type TestDatabase } from "../testing/testDatabase.ts";
import { applyImport } from "./applyImport.ts";
import { type ImportRequest, importFile } from "./importFile.ts";
import { undoImport } from "./undoImport.ts";

let database: TestDatabase;
let codes: string[];
beforeEach(() => {
	database = createMunicipalityDatabase();
	codes = database.handle.sqlite
		.prepare("select code from municipality order by code")
		.pluck()
		.all() as string[];
});
afterEach(() => database.remove());

function importText(
	fileName: string,
	text: string,
	options: Partial<ImportRequest["options"]> = {},
) {
	const result = importFile(
		database.handle.db,
		{
			fileName,
			bytes: new TextEncoder().encode(text),
			options: {
				provenance: "imported",
				mode: "overlay",
				dryRun: false,
				...options,
			},
		},
		FIXED_CLOCK,
	);
	if (!result.ok) throw new Error(`${fileName} was refused`);
	return result.outcome;
}

function figures(): unknown[] {
	return database.handle.sqlite
		.prepare(
			"select year, municipality_code, factor_id, rank, score, provenance, import_run_id from sn_result order by 1, 2, 3",
		)
		.all();
}

/** Every figure table as stored, ids and run ids included. */
function figureTables(): unknown[] {
	return snapshotTables(database)
		.slice(0, 6)
		.filter((_, i) => i !== 1);
}

/** Undoes the runs in this order, each successfully. */
function expectUndone(...runIds: number[]): void {
	for (const runId of runIds)
		expect(undoImport(database.handle.db, runId, FIXED_CLOCK).status).toBe(
			"undone",
		);
}

const FULL_2023 = () => rankingCsv(2023, codes, { scores: true });
const FIFTEEN_RANKS = () =>
	rankingCsv(2023, codes.slice(0, 15), { rankOffset: 3 });

describe("an import writes exactly the figures its file carries", () => {
	it("a ranks-only file for 15 municipalities changes those 15 ranks and no score", () => {
		importText("full.csv", FULL_2023(), { provenance: "published" });
		const before = figures() as { factor_id: string; rank: number | null }[];
		const outcome = importText("fifteen.csv", FIFTEEN_RANKS());
		expect(outcome).toMatchObject({
			status: "imported",
			changes: { added: 0, changed: 15, removed: 0 },
		});
		const after = figures() as typeof before;
		const differing = after.filter(
			(row, i) => JSON.stringify(row) !== JSON.stringify(before[i]),
		);
		expect(differing).toHaveLength(15);
		expect(differing.every((row) => row.factor_id === "total")).toBe(true);
		expect(after).toHaveLength(before.length);
	});

	it("lists each published figure the file changes, with the stored value, its source and the new one", () => {
		importText("full.csv", FULL_2023(), { provenance: "published" });
		const outcome = importText("fifteen.csv", FIFTEEN_RANKS(), {
			dryRun: true,
		});
		if (outcome.status === "unchanged") throw new Error("unchanged");
		expect(outcome.changes.conflicts.total).toBe(15);
		expect(outcome.changes.conflicts.items[0]).toEqual({
			table: "sn_result",
			key: [2023, codes[0], "total"],
			field: "rank",
			oldValue: 1,
			newValue: 4,
			oldProvenance: "published",
			oldSource: null,
			oldRunId: expect.any(Number),
			oldFileName: "full.csv",
		});
	});

	it("an empty figure in an overlay keeps the stored one; replace-years sets it empty", () => {
		const parsed = emptyParsedImport("sn-factors");
		const row = {
			year: 2023,
			municipalityCode: "1402",
			factorId: "f",
			source: null,
		};
		const write = (
			rank: number | null,
			score: number | null,
			mode: "overlay" | "replace-years",
		) =>
			applyImport(
				database.handle.db,
				{ ...parsed, snResults: [{ ...row, rank, score }] },
				{ fileName: `${mode}.csv`, sha256: `${rank}${score}${mode}` },
				{ provenance: "imported", mode, dryRun: false },
				FIXED_CLOCK,
			);
		write(5, 3.25, "overlay");
		write(7, null, "overlay");
		expect(figures()).toMatchObject([{ rank: 7, score: 3.25 }]);
		const replaced = write(8, null, "replace-years");
		expect(figures()).toMatchObject([{ rank: 8, score: null }]);
		expect(replaced).toMatchObject({
			changes: { removals: { total: 1, items: [{ field: "score" }] } },
		});
	});

	it("replace-years removes what the source stored for the year and the file lacks, and lists it", () => {
		importText("ranks.csv", rankingCsv(2023, codes));
		const dry = importText("fifteen.csv", FIFTEEN_RANKS(), {
			mode: "replace-years",
			dryRun: true,
		});
		expect(dry).toMatchObject({
			status: "dry-run",
			changes: { changed: 15, removed: 275, removals: { total: 275 } },
		});
		if (dry.status === "unchanged") throw new Error("unchanged");
		expect(dry.changes.removals.items[0]).toMatchObject({
			key: [2023, codes[15], "total"],
			field: "rank",
			oldValue: 16,
			newValue: null,
		});
		expect(figures()).toHaveLength(290);
		importText("fifteen.csv", FIFTEEN_RANKS(), { mode: "replace-years" });
		expect(figures()).toHaveLength(15);
	});

	it("caps the listed figures at 200 and gives the total", () => {
		importText("ranks.csv", rankingCsv(2023, codes), {
			provenance: "published",
		});
		const outcome = importText(
			"shifted.csv",
			rankingCsv(2023, codes, { rankOffset: 1 }),
		);
		if (outcome.status === "unchanged") throw new Error("unchanged");
		expect(outcome.changes.conflicts.total).toBe(290);
		expect(outcome.changes.conflicts.items).toHaveLength(200);
	});
});

describe("unchanged means unchanged", () => {
	it("a file whose every figure is stored as it says records no run", () => {
		const first = importText("a.csv", FIFTEEN_RANKS());
		const runs = database.handle.sqlite
			.prepare("select count(*) from import_run")
			.pluck();
		const count = runs.get();
		expect(importText("a-copy.csv", FIFTEEN_RANKS())).toMatchObject({
			status: "unchanged",
			runId: first.runId,
		});
		expect(runs.get()).toBe(count);
	});

	it("re-importing file A after C replaced the same figures applies A again", () => {
		const a = FIFTEEN_RANKS();
		importText("a.csv", a);
		importText(
			"c.csv",
			rankingCsv(2023, codes.slice(0, 15), { rankOffset: 7 }),
		);
		const again = importText("a.csv", a);
		expect(again).toMatchObject({
			status: "imported",
			changes: { changed: 15 },
		});
		expect(figures()[0]).toMatchObject({ rank: 4 });
	});
});

describe("undo", () => {
	it("restores every figure the run changed to its value and provenance, and deletes what it added", () => {
		importText("full.csv", FULL_2023(), { provenance: "published" });
		importText("2022.csv", rankingCsv(2022, codes.slice(0, 20)));
		const before = figureTables();
		const run = importText(
			"replace.csv",
			`${rankingCsv(2023, codes.slice(0, 15), { rankOffset: 3 })}2024;1402;9\n`,
			{ mode: "replace-years" },
		);
		if (run.status === "unchanged" || run.runId === null)
			throw new Error("not imported");
		expect(figureTables()).not.toEqual(before);
		const readVersion = createDataVersionReader(
			database.handle.db,
			Number.POSITIVE_INFINITY,
		);
		const version = readVersion();
		expect(undoImport(database.handle.db, run.runId, FIXED_CLOCK)).toEqual({
			status: "undone",
			runId: run.runId,
			undoneAt: FIXED_CLOCK(),
			deleted: 1,
			restored: 15,
			reinserted: 275 + 290,
		});
		expect(figureTables()).toEqual(before);
		expect(readVersion()).not.toBe(version);
		expect(readVersion()).toBe(getDataVersion(database.handle.db));
		expect(
			database.handle.sqlite
				.prepare("select undone_at from import_run where id = ?")
				.pluck()
				.get(run.runId),
		).toBe(FIXED_CLOCK());
		expect(
			undoImport(database.handle.db, run.runId, FIXED_CLOCK),
		).toMatchObject({ status: "already-undone" });
	});

	it("refuses to undo a run a later run overwrote, naming the later run; undoing that first lets it", () => {
		const first = importText("a.csv", FIFTEEN_RANKS());
		const later = importText(
			"c.csv",
			rankingCsv(2023, codes.slice(10, 20), { rankOffset: 7 }),
		);
		if (first.status === "unchanged" || first.runId === null) throw new Error();
		if (later.status === "unchanged" || later.runId === null) throw new Error();
		const before = figureTables();
		expect(undoImport(database.handle.db, first.runId, FIXED_CLOCK)).toEqual({
			status: "overwritten",
			runId: first.runId,
			laterRuns: [{ id: later.runId, fileName: "c.csv" }],
		});
		expect(figureTables()).toEqual(before);
		expectUndone(later.runId, first.runId);
		expect(figures()).toEqual([]);
	});

	it("finds the rows a run inserted by their run id: they take no log rows, and undo deletes them", () => {
		const run = importText("full.csv", FULL_2023());
		if (run.status === "unchanged" || run.runId === null) throw new Error();
		const stored = figures().length;
		expect(run).toMatchObject({ changes: { added: stored, changed: 0 } });
		const logged = database.handle.sqlite
			.prepare("select count(*) from sn_result_before where changed_by_run = ?")
			.pluck();
		expect(logged.get(run.runId)).toBe(0);
		expect(
			undoImport(database.handle.db, run.runId, FIXED_CLOCK),
		).toMatchObject({
			status: "undone",
			deleted: stored,
			restored: 0,
			reinserted: 0,
		});
		expect(figures()).toEqual([]);
	});

	it("refuses to undo a removal a later run has put back, naming it", () => {
		importText("full.csv", FULL_2023());
		const full = figures();
		const removal = importText("fifteen.csv", FIFTEEN_RANKS(), {
			mode: "replace-years",
		});
		const removedCode = codes[20] ?? "";
		const putBack = importText(
			"one.csv",
			`År;Kommunkod;Placering\n2023;${removedCode};5\n`,
		);
		if (removal.status === "unchanged" || removal.runId === null)
			throw new Error();
		if (putBack.status === "unchanged" || putBack.runId === null)
			throw new Error();
		expect(putBack).toMatchObject({ changes: { added: 1 } });
		expect(undoImport(database.handle.db, removal.runId, FIXED_CLOCK)).toEqual({
			status: "overwritten",
			runId: removal.runId,
			laterRuns: [{ id: putBack.runId, fileName: "one.csv" }],
		});
		expectUndone(putBack.runId, removal.runId);
		expect(figures()).toEqual(full);
	});

	it("refuses to undo a removal a later run put back and another removed again, naming the one that removed it", () => {
		importText("full.csv", FULL_2023());
		const full = figures();
		const removedCode = codes[20] ?? "";
		const removal = importText("fifteen.csv", FIFTEEN_RANKS(), {
			mode: "replace-years",
		});
		const putBack = importText(
			"one.csv",
			`År;Kommunkod;Placering\n2023;${removedCode};5\n`,
		);
		// The same fifteen figures again: unchanged, so only the put-back row is left over and goes.
		const removedAgain = importText("fifteen-again.csv", FIFTEEN_RANKS(), {
			mode: "replace-years",
		});
		if (removal.status === "unchanged" || removal.runId === null)
			throw new Error();
		if (putBack.status === "unchanged" || putBack.runId === null)
			throw new Error();
		if (removedAgain.status === "unchanged" || removedAgain.runId === null)
			throw new Error();
		expect(removedAgain).toMatchObject({
			changes: { added: 0, changed: 0, removed: 1 },
		});
		expect(undoImport(database.handle.db, removal.runId, FIXED_CLOCK)).toEqual({
			status: "overwritten",
			runId: removal.runId,
			laterRuns: [{ id: removedAgain.runId, fileName: "fifteen-again.csv" }],
		});
		expectUndone(removedAgain.runId, putBack.runId, removal.runId);
		expect(figures()).toEqual(full);
	});
});
