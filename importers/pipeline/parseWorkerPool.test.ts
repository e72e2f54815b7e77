import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { MunicipalityNameRow } from "../../db/queries/imports/listMunicipalityNames.ts";
import { largeInsiktCsv } from "../testing/largeFiles.ts";
import { FIXTURES_DIR } from "./bundled.ts";
import {
	createParseContext,
	type ParseInputs,
	type ParseRequest,
	parseFileAsync,
} from "./parseFile.ts";
import { keepFirstIssues } from "./parseWorker.ts";
import {
	createParseWorkerPool,
	type ParseWorkerPool,
	type ParseWorkerPoolOptions,
} from "./parseWorkerPool.ts";

const MUNICIPALITIES: MunicipalityNameRow[] = readFileSync(
	join(FIXTURES_DIR, "municipalities", "municipalities.csv"),
	"utf8",
)
	.trim()
	.split(/\r?\n/)
	.slice(1)
	.map((line) => {
		const [code = "", name = "", countyCode = "", countyName = ""] =
			line.split(";");
		return { code, name, countyCode, countyName };
	});
const CODES = MUNICIPALITIES.map((row) => row.code);

const inputs = (): ParseInputs => ({
	municipalities: MUNICIPALITIES,
	factorDefinitions: () => [],
	maxYear: 2027,
});

function fixtureRequest(path: string): ParseRequest {
	return {
		fileName: path.split("/").pop() ?? path,
		bytes: readFileSync(join(FIXTURES_DIR, path)),
	};
}

function csvRequest(fileName: string, text: string): ParseRequest {
	return { fileName, bytes: new TextEncoder().encode(text) };
}

/** Twelve years of every municipality's Insikt values: 5 MB, a second or two to parse. */
const LARGE = csvRequest(
	"large.csv",
	largeInsiktCsv(
		CODES,
		Array.from({ length: 12 }, (_, i) => 2010 + i),
	),
);
const SMALL = csvRequest(
	"small.csv",
	largeInsiktCsv(CODES.slice(0, 3), [2022]),
);

let pool: ParseWorkerPool | null = null;
function createPool(options: ParseWorkerPoolOptions = {}): ParseWorkerPool {
	pool = createParseWorkerPool(options);
	return pool;
}
afterEach(async () => {
	await pool?.close();
	pool = null;
});

describe("the parse worker pool", () => {
	it("parses a text table and an .xlsx workbook on the worker exactly as in this thread", async () => {
		const workers = createPool();
		for (const path of [
			"sn-ranking/long-semicolon.csv",
			"sn-statistics/lan-and-sverige-rows.xlsx",
		]) {
			const request = fixtureRequest(path);
			const here = await parseFileAsync(
				request,
				createParseContext(inputs(), {}),
			);
			expect(await workers.parse(request, inputs)).toEqual(here);
		}
	}, 30_000);

	it("leaves the caller's bytes alone (the worker gets a copy)", async () => {
		const request = fixtureRequest("sn-ranking/long-semicolon.csv");
		const before = Buffer.from(request.bytes);
		await createPool().parse(request, inputs);
		expect(Buffer.from(request.bytes)).toEqual(before);
	}, 30_000);

	it("parses one file at a time, in turn, and reads each one's inputs when it starts", async () => {
		const workers = createPool();
		const started: string[] = [];
		const inputsFor = (name: string) => () => {
			started.push(name);
			return inputs();
		};
		const files = await Promise.all([
			workers.parse(SMALL, inputsFor("first")),
			workers.parse(SMALL, inputsFor("second")),
		]);
		expect(started).toEqual(["first", "second"]);
		expect(files.map((file) => file.parsed.insiktResults.length)).toEqual([
			3 * 6 * 7,
			3 * 6 * 7,
		]);
	}, 30_000);

	it("answers busy when more files wait than the queue holds", async () => {
		const workers = createPool({ maxQueued: 1 });
		const first = workers.parse(SMALL, inputs);
		const second = workers.parse(SMALL, inputs);
		const third = workers.parse(SMALL, inputs);
		await expect(third).rejects.toMatchObject({ kind: "busy" });
		await Promise.all([first, second]);
	}, 30_000);

	it("stops a worker that goes past its heap limit, says so, and reads the next file on a new one", async () => {
		const workers = createPool({ maxHeapMb: 48 });
		await expect(workers.parse(LARGE, inputs)).rejects.toMatchObject({
			kind: "memory",
			message: expect.stringContaining("more than the 48 MB"),
		});
		const next = await workers.parse(SMALL, inputs);
		expect(next.parsed.errors).toEqual([]);
	}, 60_000);

	it("stops a parse that takes longer than the time limit", async () => {
		const workers = createPool({ timeLimitMs: 1 });
		await expect(workers.parse(LARGE, inputs)).rejects.toMatchObject({
			kind: "timeout",
		});
	}, 30_000);

	it("on close, fails the running and the waiting parses with closed and takes no more", async () => {
		const workers = createPool();
		const closed = { kind: "closed" };
		const running = expect(workers.parse(LARGE, inputs)).rejects.toMatchObject(
			closed,
		);
		const waiting = expect(workers.parse(SMALL, inputs)).rejects.toMatchObject(
			closed,
		);
		await workers.close();
		await Promise.all([running, waiting]);
		await expect(workers.parse(SMALL, inputs)).rejects.toMatchObject({
			kind: "closed",
		});
	}, 30_000);
});

describe("keepFirstIssues", () => {
	it("keeps a refused file's first issues and counts the rest; an accepted file goes whole", async () => {
		const text = ["År;Kommunkod;Placering"];
		for (let i = 0; i < 30; i++) text.push(`2023;1402;x${i}`);
		const refused = await parseFileAsync(
			csvRequest("bad.csv", text.join("\n")),
			createParseContext(inputs(), {}),
		);
		const kept = keepFirstIssues(refused, 10);
		expect(kept.parsed.errors).toEqual(refused.parsed.errors.slice(0, 10));
		expect(kept.omittedIssues).toEqual({
			errors: refused.parsed.errors.length - 10,
			warnings: Math.max(0, refused.parsed.warnings.length - 10),
		});
		const accepted = await parseFileAsync(
			SMALL,
			createParseContext(inputs(), {}),
		);
		expect(keepFirstIssues(accepted, 0)).toBe(accepted);
	});
});
