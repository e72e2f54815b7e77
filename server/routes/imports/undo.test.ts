import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rankingCsv } from "../../../importers/testing/rankingFiles.ts";
import type {
	ImportRunList,
	UndoRefusal,
	UndoResult,
	UploadResult,
} from "../../schemas/imports.ts";
import {
	ADMIN_TOKEN,
	createUploadTestApp,
	multipartBody,
	type UploadTestApp,
} from "./testUpload.ts";

const AUTH = { authorization: `Bearer ${ADMIN_TOKEN}` };

let testApp: UploadTestApp;
let codes: string[];
let clients = 0;
beforeAll(async () => {
	testApp = await createUploadTestApp();
	codes = testApp.database.handle.sqlite
		.prepare("select code from municipality order by code")
		.pluck()
		.all() as string[];
});
afterAll(() => testApp.close());

function nextClient(): string {
	clients++;
	return `10.1.${clients >> 8}.${clients & 255}`;
}

async function upload(
	fileName: string,
	text: string,
	fields: Record<string, string> = {},
) {
	const { payload, contentType } = await multipartBody([
		...Object.entries(fields).map(([name, value]) => ({ name, value })),
		{ name: "file", value: text, fileName },
	]);
	const response = await testApp.app.inject({
		method: "POST",
		url: "/api/imports",
		headers: { "content-type": contentType, ...AUTH },
		payload,
		remoteAddress: nextClient(),
	});
	expect(response.statusCode).toBe(200);
	return response.json<UploadResult>();
}

function undo(runId: number | null, headers: Record<string, string> = AUTH) {
	return testApp.app.inject({
		method: "POST",
		url: `/api/imports/${runId}/undo`,
		headers,
		remoteAddress: nextClient(),
	});
}

/** Every figure table, ids and run ids included. */
function tables(): unknown[] {
	const { sqlite } = testApp.database.handle;
	return ["sn_result", "sn_factor", "insikt_result", "municipality"].map(
		(table) => sqlite.prepare(`select * from ${table} order by 1, 2`).all(),
	);
}

function rows(year: number): { factor_id: string; rank: number | null }[] {
	return testApp.database.handle.sqlite
		.prepare(
			"select municipality_code, factor_id, rank, score from sn_result where year = ? order by 1, 2",
		)
		.all(year) as { factor_id: string; rank: number | null }[];
}

describe("POST /api/imports writes exactly what the file carries", () => {
	it("a ranks-only file for 15 municipalities changes only those 15 ranks and no scores", async () => {
		const full = await upload(
			"full.csv",
			rankingCsv(2021, codes, { scores: true }),
		);
		expect(full).toMatchObject({
			outcome: "imported",
			replaceYears: false,
			changes: { added: 580, changed: 0, removed: 0 },
		});
		const before = rows(2021);
		const fifteen = await upload(
			"fifteen.csv",
			rankingCsv(2021, codes.slice(0, 15), { rankOffset: 3 }),
		);
		expect(fifteen).toMatchObject({
			outcome: "imported",
			years: [{ year: 2021, incoming: 15, added: 0, changed: 15, removed: 0 }],
			changes: { added: 0, changed: 15, removed: 0 },
		});
		const after = rows(2021);
		const changed = after.filter(
			(row, i) => JSON.stringify(row) !== JSON.stringify(before[i]),
		);
		expect(changed).toHaveLength(15);
		expect(changed.every((row) => row.factor_id === "total")).toBe(true);
	});

	it("replaceYears previews and lists the removals; the dry run writes nothing", async () => {
		await upload("ranks.csv", rankingCsv(2020, codes));
		const before = tables();
		const dry = await upload(
			"fifteen.csv",
			rankingCsv(2020, codes.slice(0, 15)),
			{ replaceYears: "true", dryRun: "true" },
		);
		expect(dry).toMatchObject({
			outcome: "dry-run",
			replaceYears: true,
			changes: { added: 0, changed: 0, removed: 275, removals: { total: 275 } },
		});
		expect(dry.changes.removals.items).toHaveLength(200);
		expect(dry.changes.removals.items[0]).toMatchObject({
			key: [2020, codes[15], "total"],
			field: "rank",
			oldValue: 16,
			newValue: null,
			oldProvenance: "imported",
			oldFileName: "ranks.csv",
		});
		expect(tables()).toEqual(before);
		const done = await upload(
			"fifteen.csv",
			rankingCsv(2020, codes.slice(0, 15)),
			{ replaceYears: "true" },
		);
		expect(done.changes.removed).toBe(275);
		expect(rows(2020)).toHaveLength(15);
	});

	it("lists a conflict with a published figure: the stored value and its source, the new value", async () => {
		const { sqlite } = testApp.database.handle;
		await upload("published.csv", rankingCsv(2019, codes.slice(0, 3)));
		sqlite
			.prepare(
				"update sn_result set provenance = 'published', source = 'foretagsklimat.se, Ranking 2019' where year = 2019",
			)
			.run();
		const dry = await upload(
			"other.csv",
			`År;Kommunkod;Placering\n2019;${codes[1]};40\n`,
			{ dryRun: "true" },
		);
		expect(dry.changes.conflicts).toEqual({
			total: 1,
			items: [
				{
					table: "sn_result",
					key: [2019, codes[1], "total"],
					field: "rank",
					oldValue: 2,
					newValue: 40,
					oldProvenance: "published",
					oldSource: "foretagsklimat.se, Ranking 2019",
					oldRunId: expect.any(Number),
					oldFileName: "published.csv",
				},
			],
		});
	});

	it("applies file A again after file C replaced the same figures", async () => {
		const a = rankingCsv(2018, codes.slice(0, 15));
		const first = await upload("a.csv", a);
		expect((await upload("a.csv", a)).outcome).toBe("unchanged");
		await upload(
			"c.csv",
			rankingCsv(2018, codes.slice(0, 15), { rankOffset: 4 }),
		);
		const again = await upload("a.csv", a);
		expect(again).toMatchObject({
			outcome: "imported",
			changes: { changed: 15 },
		});
		expect(again.runId).not.toBe(first.runId);
	});
});

describe("POST /api/imports/:id/undo", () => {
	it("restores values and provenance exactly, marks the run undone, and keeps it in the history", async () => {
		await upload("base.csv", rankingCsv(2017, codes, { scores: true }));
		const before = tables();
		const run = await upload(
			"replace.csv",
			`${rankingCsv(2017, codes.slice(0, 10), { rankOffset: 2 })}2016;1402;5\n`,
			{ replaceYears: "true" },
		);
		expect(tables()).not.toEqual(before);
		const response = await undo(run.runId);
		expect(response.statusCode).toBe(200);
		expect(response.json<UndoResult>()).toMatchObject({
			runId: run.runId,
			deleted: 1,
			restored: 10,
			reinserted: 280 + 290,
		});
		expect(tables()).toEqual(before);
		const list = await testApp.app.inject({ url: "/api/imports" });
		const listed = list
			.json<ImportRunList>()
			.runs.find((entry) => entry.id === run.runId);
		expect(listed).toMatchObject({ canUndo: false });
		expect(listed?.undoneAt).toEqual(expect.any(String));
		expect((await undo(run.runId)).statusCode).toBe(409);
	});

	it("refuses (409) to undo a run a later run overwrote, naming the later run", async () => {
		const first = await upload(
			"first.csv",
			rankingCsv(2015, codes.slice(0, 15)),
		);
		const later = await upload(
			"later.csv",
			rankingCsv(2015, codes.slice(5, 8), { rankOffset: 1 }),
		);
		const before = tables();
		const response = await undo(first.runId);
		expect(response.statusCode).toBe(409);
		const body = response.json<UndoRefusal>();
		expect(body.laterRuns).toEqual([
			{ id: later.runId, fileName: "later.csv" },
		]);
		expect(body.error.message).toContain(`run ${later.runId}, later.csv`);
		expect(tables()).toEqual(before);
	});

	it("needs the admin token; an unknown run is 404", async () => {
		expect((await undo(1, {})).statusCode).toBe(401);
		expect((await undo(99999)).statusCode).toBe(404);
	});
});
