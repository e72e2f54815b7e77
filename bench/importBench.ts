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
import { loadBundledData } from "../importers/pipeline/bundled.ts";
import { importFile } from "../importers/pipeline/importFile.ts";

/** 26 years × 290 municipalities. */
export const LONG_FILE_YEARS = 26;
const LONG_FIRST_YEAR = 2000;
/** The bundled data runs to 2025: 2026 is a new year, 2025 a stored one. */
const NEW_YEAR = 2026;
const STORED_YEAR = 2025;
/** Years no data set holds: the floor inserts into them. */
const FLOOR_FIRST_YEAR = 1950;

export interface ImportTiming {
	file: string;
	/** What the import does to the database, e.g. "new year" or "replaces a stored year". */
	case: string;
	rows: number;
	/** Median ms of read + importFile() into the bundled database on an open connection. */
	importMs: number;
	/** Median ms of read + decode + Papa.parse() of the same file. */
	parseMs: number;
	/** Median ms of SQLite alone inserting the same number of rows in one transaction. */
	insertMs: number;
	/** importMs / (parseMs + insertMs): how far the importer is from the floor. */
	floorRatio: number;
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

interface ImportCase {
	label: string;
	years: number[];
	/** Whether the years are removed again (untimed) before each run, so each run adds them anew. */
	resetBetweenRuns: boolean;
	iterations: { warmup: number; measured: number };
}

/**
 * A running server's state: one open connection to a database holding the bundled data, its
 * statements prepared by earlier imports. Each run imports a different permutation (another
 * sha256), so none is skipped as already imported.
 */
function timeImports(
	templateDb: string,
	workDir: string,
	codes: string[],
	importCase: ImportCase,
	outDir: string,
): { path: string; rows: number; importMs: number[] } {
	const dbPath = join(workDir, `${importCase.label.replace(/\W+/g, "-")}.db`);
	copyFileSync(templateDb, dbPath);
	const handle = openDatabase(dbPath);
	const { warmup, measured } = importCase.iterations;
	const rows = codes.length * importCase.years.length;
	const name = `ranking-${importCase.years[0]}${importCase.years.length > 1 ? `-${importCase.years.at(-1)}` : ""}.csv`;
	const path = join(outDir, name);
	const removeYears = handle.sqlite.prepare(
		`delete from sn_result where year in (${importCase.years.join(", ")}) and import_run_id in (select id from import_run where file_name = '${name}')`,
	);
	const removeChanges = handle.sqlite.prepare(
		`delete from sn_result_before where changed_by_run in (select id from import_run where file_name = '${name}')`,
	);
	const removeRuns = handle.sqlite.prepare(
		`delete from import_run where file_name = '${name}'`,
	);
	const importMs: number[] = [];
	try {
		for (let run = 0; run < warmup + measured; run++) {
			writeFileSync(path, longRankingCsv(codes, importCase.years, 100 + run));
			if (importCase.resetBetweenRuns)
				handle.sqlite.transaction(() => {
					removeYears.run();
					removeChanges.run();
					removeRuns.run();
				})();
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
			if (run >= warmup) importMs.push(elapsed);
		}
	} finally {
		handle.close();
	}
	return { path, rows, importMs };
}

function time(
	templateDb: string,
	workDir: string,
	codes: string[],
	importCase: ImportCase,
	outDir: string,
): ImportTiming {
	// Each side in its own loop, so that neither pays for the other's garbage collection.
	const imported = timeImports(templateDb, workDir, codes, importCase, outDir);
	const parses: number[] = [];
	const { warmup, measured } = importCase.iterations;
	for (let i = 0; i < warmup + measured; i++) {
		const parseMs = parseOnce(imported.path);
		if (i >= warmup) parses.push(parseMs);
	}
	const importMs = median(imported.importMs);
	const parseMs = median(parses);
	const insertMs = timeBareInserts(
		templateDb,
		workDir,
		codes,
		importCase.years.length,
		importCase.iterations,
	);
	return {
		file: imported.path,
		case: importCase.label,
		rows: imported.rows,
		importMs,
		parseMs,
		insertMs,
		floorRatio: importMs / (parseMs + insertMs),
	};
}

/**
 * What SQLite alone takes on this machine: one transaction inserting `yearCount` years of 290
 * total ranks (years the database does not hold) with one prepared statement per year's rows,
 * arguments built beforehand, no parsing, no checks, no run row. With the parse it is the floor
 * no importer can beat.
 */
function timeBareInserts(
	templateDb: string,
	workDir: string,
	codes: string[],
	yearCount: number,
	iterations: { warmup: number; measured: number },
): number {
	const years = Array.from(
		{ length: yearCount },
		(_, i) => FLOOR_FIRST_YEAR + i,
	);
	const dbPath = join(workDir, "bare-inserts.db");
	copyFileSync(templateDb, dbPath);
	const handle = openDatabase(dbPath);
	try {
		const { sqlite } = handle;
		sqlite.pragma("foreign_keys = OFF");
		const tuple = "(?, ?, ?, ?, ?, ?, ?, ?)";
		const insert = sqlite.prepare(
			`insert into sn_result (year, municipality_code, factor_id, rank, score, provenance, source, import_run_id) values ${codes.map(() => tuple).join(", ")}`,
		);
		const argsOf = (year: number) =>
			codes.flatMap((code, index) => [
				year,
				code,
				"total",
				index + 1,
				null,
				"imported",
				null,
				null,
			]);
		const args = years.map(argsOf);
		const remove = sqlite.prepare(
			`delete from sn_result where year between ${years[0]} and ${years.at(-1)}`,
		);
		const write = sqlite.transaction(() => {
			for (const yearArgs of args) insert.run(yearArgs);
		});
		const times: number[] = [];
		for (let run = 0; run < iterations.warmup + iterations.measured; run++) {
			remove.run();
			const started = performance.now();
			write();
			if (run >= iterations.warmup) times.push(performance.now() - started);
		}
		return median(times);
	} finally {
		handle.close();
	}
}

/** A migrated database holding the bundled data set, its WAL checkpointed, as `npm start` leaves it. */
function createBundledTemplate(path: string): string[] {
	const template = openDatabase(path);
	try {
		loadBundledData(template.db, () => new Date().toISOString());
		template.sqlite.pragma("wal_checkpoint(TRUNCATE)");
		return listMunicipalities(template.db)
			.map((m) => m.code)
			.sort();
	} finally {
		template.close();
	}
}

/**
 * Times importing a 290-row year file (a new year, and a correction replacing a stored year) and
 * a 7,540-row long file into the bundled database against merely parsing each with PapaParse.
 */
export interface ImportBench {
	timings: ImportTiming[];
}

export function runImportBench(outDir: string): ImportBench {
	mkdirSync(outDir, { recursive: true });
	const workDir = mkdtempSync(join(tmpdir(), "topp10-bench-import-"));
	try {
		const templateDb = join(workDir, "template.db");
		const codes = createBundledTemplate(templateDb);
		const yearRuns = { warmup: 150, measured: 41 };
		const cases: ImportCase[] = [
			{
				label: "new year",
				years: [NEW_YEAR],
				resetBetweenRuns: true,
				iterations: yearRuns,
			},
			{
				label: "replaces a stored year",
				years: [STORED_YEAR],
				resetBetweenRuns: false,
				iterations: yearRuns,
			},
			{
				label: "replaces 26 stored years",
				years: Array.from(
					{ length: LONG_FILE_YEARS },
					(_, i) => LONG_FIRST_YEAR + i,
				),
				resetBetweenRuns: false,
				iterations: { warmup: 3, measured: 21 },
			},
		];
		const timings = cases.map((importCase) =>
			time(templateDb, workDir, codes, importCase, outDir),
		);
		return { timings };
	} finally {
		rmSync(workDir, { recursive: true, force: true });
	}
}
