import {
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import Papa from "papaparse";
import { openDatabase } from "../db/client.ts";
import { listMunicipalities } from "../db/queries/municipalities/listMunicipalities.ts";
import { FIXTURES_DIR } from "../importers/bundled.ts";
import { importFile } from "../importers/importFile.ts";

export const YEAR_FILE_ROWS = 290;
/** 26 years × 290 municipalities. */
export const LONG_FILE_YEARS = 26;
const LONG_FIRST_YEAR = 2000;
const YEAR_FILE_YEAR = 2023;

export interface ImportTiming {
	file: string;
	rows: number;
	/** Median ms of read + importFile() into a fresh database. */
	importMs: number;
	/** Median ms of read + decode + Papa.parse() of the same file. */
	parseMs: number;
	ratio: number;
}

/** Deterministic PRNG (mulberry32), so the generated files are the same on every run. */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function shuffled<T>(items: T[], random: () => number): T[] {
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		const a = copy[i] as T;
		copy[i] = copy[j] as T;
		copy[j] = a;
	}
	return copy;
}

/** A full ranking per year in the long layout `År;Kommunkod;Placering`, ranks a seeded permutation. */
export function longRankingCsv(
	codes: string[],
	years: number[],
	seed: number,
): string {
	const random = mulberry32(seed);
	const lines = ["År;Kommunkod;Placering"];
	for (const year of years) {
		const order = shuffled(codes, random);
		order.forEach((code, index) => {
			lines.push(`${year};${code};${index + 1}`);
		});
	}
	return `${lines.join("\r\n")}\r\n`;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 === 1
		? (sorted[middle] ?? Number.NaN)
		: ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}

function parseOnce(path: string): number {
	const started = performance.now();
	const text = new TextDecoder().decode(readFileSync(path));
	const parsed = Papa.parse<string[]>(text);
	const elapsed = performance.now() - started;
	if (parsed.data.length < 2)
		throw new Error(`${path}: PapaParse found no rows`);
	return elapsed;
}

function importOnce(
	path: string,
	templateDb: string,
	workDir: string,
	run: number,
): number {
	const dbPath = join(workDir, `run-${run}.db`);
	copyFileSync(templateDb, dbPath);
	const handle = openDatabase(dbPath);
	// Start the WAL before the clock: SQLite syncs a new WAL file's header (two fsyncs, 2–7 ms
	// each on this disk) at the first write, once per WAL, not per import; a running server's
	// WAL is long started.
	handle.sqlite.pragma("user_version = 0");
	try {
		const started = performance.now();
		const result = importFile(
			handle.db,
			{
				fileName: path,
				bytes: readFileSync(path),
				options: {
					provenance: "imported",
					mode: "replace-years",
					dryRun: false,
				},
			},
			() => new Date().toISOString(),
		);
		const elapsed = performance.now() - started;
		if (!result.ok || result.outcome.status !== "imported")
			throw new Error(
				`${path} did not import: ${result.parsed.errors
					.map((e) => e.message)
					.slice(0, 3)
					.join("; ")}`,
			);
		return elapsed;
	} finally {
		handle.close();
		rmSync(dbPath, { force: true });
		rmSync(`${dbPath}-wal`, { force: true });
		rmSync(`${dbPath}-shm`, { force: true });
	}
}

function time(
	path: string,
	rows: number,
	templateDb: string,
	workDir: string,
	iterations: { warmup: number; measured: number },
): ImportTiming {
	// Each side in its own loop, so that neither pays for the other's garbage collection.
	const imports: number[] = [];
	for (let i = 0; i < iterations.warmup + iterations.measured; i++) {
		const importMs = importOnce(path, templateDb, workDir, i);
		if (i >= iterations.warmup) imports.push(importMs);
	}
	const parses: number[] = [];
	for (let i = 0; i < iterations.warmup + iterations.measured; i++) {
		const parseMs = parseOnce(path);
		if (i >= iterations.warmup) parses.push(parseMs);
	}
	const importMs = median(imports);
	const parseMs = median(parses);
	return { file: path, rows, importMs, parseMs, ratio: importMs / parseMs };
}

/**
 * Generates a 290-row year file and a 7,540-row long file into outDir and times importing each
 * into a fresh database (a copy of a migrated database holding only the municipality list)
 * against merely parsing it with PapaParse.
 */
export function runImportBench(outDir: string): ImportTiming[] {
	mkdirSync(outDir, { recursive: true });
	const workDir = mkdtempSync(join(tmpdir(), "topp10-bench-import-"));
	try {
		const templateDb = join(workDir, "template.db");
		const template = openDatabase(templateDb);
		const list = importFile(
			template.db,
			{
				fileName: "municipalities.csv",
				bytes: readFileSync(
					join(FIXTURES_DIR, "municipalities", "municipalities.csv"),
				),
				source: "municipalities",
				options: { provenance: "published", mode: "overlay", dryRun: false },
			},
			() => new Date().toISOString(),
		);
		if (!list.ok) throw new Error("the municipality list does not import");
		const codes = listMunicipalities(template.db)
			.map((m) => m.code)
			.sort();
		template.close();

		const yearPath = join(outDir, `ranking-${YEAR_FILE_YEAR}.csv`);
		writeFileSync(yearPath, longRankingCsv(codes, [YEAR_FILE_YEAR], 1));
		const years = Array.from(
			{ length: LONG_FILE_YEARS },
			(_, i) => LONG_FIRST_YEAR + i,
		);
		const longPath = join(outDir, `ranking-${years[0]}-${years.at(-1)}.csv`);
		writeFileSync(longPath, longRankingCsv(codes, years, 2));

		return [
			time(yearPath, codes.length, templateDb, workDir, {
				warmup: 5,
				measured: 25,
			}),
			time(longPath, codes.length * years.length, templateDb, workDir, {
				warmup: 2,
				measured: 9,
			}),
		];
	} finally {
		rmSync(workDir, { recursive: true, force: true });
	}
}
