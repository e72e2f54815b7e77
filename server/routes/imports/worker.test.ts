import { afterEach, describe, expect, it } from "vitest";
import type { ParseWorkerPoolOptions } from "../../../importers/pipeline/parseWorkerPool.ts";
import { largeInsiktCsv } from "../../../importers/testing/largeFiles.ts";
import type { ApiError } from "../../schemas/errors.ts";
import type { ImportRunList, UploadResult } from "../../schemas/imports.ts";
import {
	ADMIN_TOKEN,
	createUploadTestApp,
	fixture,
	type UploadTestApp,
	uploadFile,
} from "./testUpload.ts";

let testApp: UploadTestApp | null = null;
afterEach(async () => {
	await testApp?.close();
	testApp = null;
});

async function startApp(
	parseWorker: ParseWorkerPoolOptions = {},
): Promise<UploadTestApp> {
	testApp = await createUploadTestApp(ADMIN_TOKEN, undefined, { parseWorker });
	return testApp;
}

function codesOf(app: UploadTestApp): string[] {
	return app.database.handle.sqlite
		.prepare("select code from municipality order by code")
		.pluck()
		.all() as string[];
}

/** Twelve years of every municipality's Insikt values (5 MB), its last value unreadable. */
function largeRefusedFile(app: UploadTestApp): Buffer {
	const years = Array.from({ length: 12 }, (_, i) => 2010 + i);
	return Buffer.from(largeInsiktCsv(codesOf(app), years, { badLast: true }));
}

function figureTables(app: UploadTestApp): unknown[] {
	const { sqlite } = app.database.handle;
	return ["sn_result", "insikt_result", "municipality", "import_run"].map(
		(table) => sqlite.prepare(`select * from ${table} order by 1, 2`).all(),
	);
}

function readMunicipalities(app: UploadTestApp) {
	return app.app.inject({ method: "GET", url: "/api/municipalities" });
}

describe("an upload is read on a worker thread", () => {
	it("keeps answering reads while a large file is being parsed", async () => {
		let parsing!: () => void;
		const parseStarted = new Promise<void>((resolve) => {
			parsing = resolve;
		});
		const app = await startApp({ onParseStart: () => parsing() });
		let isUploadAnswered = false;
		const upload = uploadFile(app, "large.csv", largeRefusedFile(app)).then(
			(response) => {
				isUploadAnswered = true;
				return response;
			},
		);
		await parseStarted;
		const readsDuringUpload: boolean[] = [];
		for (let i = 0; i < 5; i++) {
			const read = await readMunicipalities(app);
			expect(read.statusCode).toBe(200);
			readsDuringUpload.push(!isUploadAnswered);
		}
		expect(readsDuringUpload).toEqual([true, true, true, true, true]);
		const refused = await upload;
		expect(refused.statusCode).toBe(422);
		const body = refused.json<UploadResult>();
		expect(body.errorCount).toBe(1);
		expect(body.rows).toBeGreaterThan(140_000);
	}, 60_000);

	it("answers a file that takes the worker past its memory limit with 422, writes nothing and stays up", async () => {
		const app = await startApp({ maxHeapMb: 48 });
		const before = figureTables(app);
		const response = await uploadFile(app, "large.csv", largeRefusedFile(app));
		expect(response.statusCode).toBe(422);
		const { error } = response.json<ApiError>();
		expect(error).toMatchObject({
			code: "import_out_of_memory",
			status: 422,
		});
		expect(error.message).toContain("large.csv");
		expect(error.message).toContain("more than the 48 MB");
		expect(error.message).toContain("Nothing was written");
		expect(figureTables(app)).toEqual(before);
		expect((await readMunicipalities(app)).statusCode).toBe(200);
		// A new worker reads the next file.
		const next = await uploadFile(
			app,
			"long-semicolon.csv",
			fixture("sn-ranking/long-semicolon.csv"),
			{ query: "?dryRun=true", remoteAddress: "10.9.0.2" },
		);
		expect(next.statusCode).toBe(200);
	}, 60_000);

	it("answers a file that takes longer than the time limit with 422", async () => {
		const app = await startApp({ timeLimitMs: 1 });
		const response = await uploadFile(app, "large.csv", largeRefusedFile(app));
		expect(response.statusCode).toBe(422);
		expect(response.json<ApiError>().error).toMatchObject({
			code: "import_timed_out",
			message: expect.stringContaining("took longer than"),
		});
	}, 60_000);

	it("previews, imports and undoes a workbook as before", async () => {
		const app = await startApp();
		const before = figureTables(app);
		const bytes = fixture("sn-statistics/lan-and-sverige-rows.xlsx");
		const preview = await uploadFile(app, "statistik.xlsx", bytes, {
			query: "?dryRun=true",
		});
		expect(preview.json<UploadResult>()).toMatchObject({
			outcome: "dry-run",
			runId: null,
			source: "sn-statistics",
		});
		expect(figureTables(app)).toEqual(before);
		const imported = (
			await uploadFile(app, "statistik.xlsx", bytes, {
				remoteAddress: "10.9.0.2",
			})
		).json<UploadResult>();
		expect(imported).toMatchObject({ outcome: "imported" });
		expect(imported.changes.added).toBeGreaterThan(0);
		const undo = await app.app.inject({
			method: "POST",
			url: `/api/imports/${imported.runId}/undo`,
			headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
		});
		expect(undo.statusCode).toBe(200);
		const runs = (
			await app.app.inject({ method: "GET", url: "/api/imports" })
		).json<ImportRunList>().runs;
		expect(runs[0]).toMatchObject({ id: imported.runId, canUndo: false });
		expect(runs[0]?.undoneAt).not.toBeNull();
		const [snBefore, insiktBefore] = before;
		const [snAfter, insiktAfter] = figureTables(app);
		expect([snAfter, insiktAfter]).toEqual([snBefore, insiktBefore]);
	}, 60_000);
});
