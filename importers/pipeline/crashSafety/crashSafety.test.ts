import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../../db/client.ts";
import { listMunicipalities } from "../../../db/queries/municipalities/listMunicipalities.ts";
import { FIXTURES_DIR } from "../bundled.ts";
import { importFile, sha256Of } from "../importFile.ts";
import { CRASH_YEARS, variantCsv, variantRank } from "./crashSafetyFiles.ts";

const CHILD = join(
	dirname(fileURLToPath(import.meta.url)),
	"crashSafety.child.ts",
);
const ITERATIONS = 8;
const SEED = 20260501;
const MAX_KILL_DELAY_MS = 1500;

/** Seeded PRNG (mulberry32): the same kill moments on every run. */
function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

interface ChildRun {
	child: ChildProcess;
	ready: Promise<void>;
	exited: Promise<NodeJS.Signals | number | null>;
	imported: number[];
	output(): string;
}

function startChild(dbPath: string, first: number): ChildRun {
	const child = spawn(
		process.execPath,
		["--import", "tsx", CHILD, dbPath, String(first), "250"],
		{ stdio: ["ignore", "pipe", "pipe"] },
	);
	const imported: number[] = [];
	let output = "";
	const ready = new Promise<void>((resolve, reject) => {
		child.stdout?.on("data", (chunk: Buffer) => {
			output += chunk.toString();
			if (output.includes("ready\n")) resolve();
			for (const match of output.matchAll(/^imported (\d+)$/gm))
				if (!imported.includes(Number(match[1])))
					imported.push(Number(match[1]));
		});
		child.stderr?.on("data", (chunk: Buffer) => {
			output += chunk.toString();
		});
		child.once("exit", () =>
			reject(new Error(`child exited early:\n${output}`)),
		);
	});
	const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
		child.once("exit", (code, signal) => resolve(signal ?? code)),
	);
	return { child, ready, exited, imported, output: () => output };
}

interface StoredState {
	integrity: string;
	foreignKeyProblems: number;
	/** The variant whose file the newest import run recorded. */
	runVariant: number | null;
	/** Runs that the stored ranking rows point at. */
	rowRunIds: number[];
	newestRunId: number;
	rows: { year: number; code: string; rank: number }[];
}

function readState(
	dbPath: string,
	variantOfSha: Map<string, number>,
): StoredState {
	const handle = openDatabase(dbPath);
	try {
		const { sqlite } = handle;
		const newest = sqlite
			.prepare(
				"select id, sha256 from import_run where source = 'sn-ranking' order by id desc limit 1",
			)
			.get() as { id: number; sha256: string };
		return {
			integrity: sqlite.pragma("integrity_check", { simple: true }) as string,
			foreignKeyProblems: (sqlite.pragma("foreign_key_check") as unknown[])
				.length,
			runVariant: variantOfSha.get(newest.sha256) ?? null,
			newestRunId: newest.id,
			rowRunIds: sqlite
				.prepare("select distinct import_run_id from sn_result")
				.pluck()
				.all() as number[],
			rows: sqlite
				.prepare(
					"select year, municipality_code as code, rank from sn_result order by year, municipality_code",
				)
				.all() as StoredState["rows"],
		};
	} finally {
		handle.close();
	}
}

function expectedRows(codes: string[], variant: number): StoredState["rows"] {
	return CRASH_YEARS.flatMap((year) =>
		codes.map((code, index) => ({
			year,
			code,
			rank: variantRank(variant, year, index, codes.length),
		})),
	);
}

describe("an import killed with SIGKILL at random moments", () => {
	let dir: string;
	let dbPath: string;
	let codes: string[];
	const variantOfSha = new Map<string, number>();

	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), "topp10-crash-"));
		dbPath = join(dir, "crash.db");
		const handle = openDatabase(dbPath);
		const clock = () => "2026-05-01T08:00:00.000Z";
		importFile(
			handle.db,
			{
				fileName: "municipalities.csv",
				bytes: readFileSync(
					join(FIXTURES_DIR, "municipalities", "municipalities.csv"),
				),
				source: "municipalities",
				options: { provenance: "published", mode: "overlay", dryRun: false },
			},
			clock,
		);
		codes = listMunicipalities(handle.db)
			.map((m) => m.code)
			.sort();
		for (let variant = 0; variant < 280; variant++)
			variantOfSha.set(
				sha256Of(new TextEncoder().encode(variantCsv(codes, variant))),
				variant,
			);
		const first = importFile(
			handle.db,
			{
				fileName: "variant-0.csv",
				bytes: new TextEncoder().encode(variantCsv(codes, 0)),
				options: {
					provenance: "imported",
					mode: "replace-years",
					dryRun: false,
				},
			},
			clock,
		);
		expect(first.ok).toBe(true);
		handle.close();
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it("leaves an intact database holding wholly the old or wholly the new file", async () => {
		const random = mulberry32(SEED);
		let committed = 0;
		const outcomes: string[] = [];
		for (let iteration = 0; iteration < ITERATIONS; iteration++) {
			const run = startChild(dbPath, committed + 1);
			await run.ready;
			const delay = Math.floor(random() * MAX_KILL_DELAY_MS);
			await new Promise((resolve) => setTimeout(resolve, delay));
			run.child.kill("SIGKILL");
			expect(await run.exited).toBe("SIGKILL");

			const lastReported = Math.max(committed, ...run.imported);
			const state = readState(dbPath, variantOfSha);
			expect(state.integrity).toBe("ok");
			expect(state.foreignKeyProblems).toBe(0);
			// The newest run is the last one the child reported, or the one it was writing
			// when killed if that commit landed before its line was printed.
			expect([lastReported, lastReported + 1]).toContain(state.runVariant);
			const variant = state.runVariant ?? -1;
			expect(state.rowRunIds).toEqual([state.newestRunId]);
			expect(state.rows).toEqual(expectedRows(codes, variant));
			outcomes.push(
				`killed after ${delay} ms: ${run.imported.length} imports reported, holds variant ${variant}`,
			);
			committed = variant;
		}
		// Not an assertion on timing: just what happened, for the log.
		console.info(outcomes.join("\n"));
	}, 120_000);
});
