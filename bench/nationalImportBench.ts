import { spawn } from "node:child_process";
import {
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { startRealServer } from "../e2e/server.ts";
import { load, loadUntil } from "./load.ts";

const ROOT = join(import.meta.dirname, "..");
/** SN's Statistik.xlsx: 290 municipalities × 20 series × 23 years ≈ 130,000 values. */
export const NATIONAL_SERIES = 20;
export const NATIONAL_YEARS = Array.from({ length: 23 }, (_, i) => 2003 + i);
const READ_ROUTE = "/api/municipalities/1402/ranking";
/**
 * Reads at a steady, realistic rate while the import runs: at saturation (50 connections) the p99
 * on two cores measures only that three processes share them.
 */
const READ_CONNECTIONS = 10;

export interface NationalImport {
	values: number;
	importMs: number;
	/** Peak resident memory of the import (VmHWM of its processes, added up), in MB. */
	peakRssMb: number;
	idleP99Ms: number;
	duringImportP99Ms: number;
	readP99DuringImportRatio: number;
}

function municipalitiesOf(): { code: string; name: string; lan: string }[] {
	const csv = readFileSync(
		join(ROOT, "fixtures", "municipalities", "municipalities.csv"),
		"utf8",
	);
	return csv
		.trim()
		.split(/\r?\n/)
		.slice(1)
		.map((line) => {
			const [code = "", name = "", , lan = ""] = line.split(";");
			return { code, name, lan };
		});
}

/** Writes the workbook with exceljs's streaming writer, as SN's download is laid out. */
export async function writeNationalWorkbook(path: string): Promise<number> {
	const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path });
	const sheet = workbook.addWorksheet("Sheet1");
	sheet
		.addRow([
			"Kommun",
			"Län",
			"Kommungrupp",
			"Faktor",
			"Delserie",
			...NATIONAL_YEARS,
		])
		.commit();
	let values = 0;
	let seed = 1;
	const next = () => {
		seed = (seed * 1103515245 + 12345) % 2147483648;
		return seed / 2147483648;
	};
	for (const m of municipalitiesOf())
		for (let series = 1; series <= NATIONAL_SERIES; series++) {
			const yearValues = NATIONAL_YEARS.map(
				() => Math.round(next() * 10_000) / 100,
			);
			values += yearValues.length;
			sheet
				.addRow([
					m.name,
					m.lan,
					"",
					`Faktor ${Math.ceil(series / 2)}`,
					`Delserie ${series}`,
					...yearValues,
				])
				.commit();
		}
	await workbook.commit();
	return values;
}

/** Peak resident set (VmHWM) of a running process, from /proc; 0 once it is gone. */
function peakRssKb(pid: number): number {
	try {
		const status = readFileSync(`/proc/${pid}/status`, "utf8");
		return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
	} catch {
		return 0;
	}
}

/** The process and all it started (the CLI runs its import in a child at a lower priority). */
function processTree(pid: number): number[] {
	const children = (() => {
		try {
			return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
				readFileSync(`/proc/${pid}/task/${task}/children`, "utf8")
					.split(" ")
					.filter((child) => child.trim() !== "")
					.map(Number),
			);
		} catch {
			return [];
		}
	})();
	return [pid, ...children.flatMap(processTree)];
}

/** Each process's own peak, so the sum is what the import took at most, all its processes together. */
function trackPeaks(peaks: Map<number, number>, pid: number): void {
	for (const member of processTree(pid))
		peaks.set(member, Math.max(peaks.get(member) ?? 0, peakRssKb(member)));
}

function importWithCli(
	dbPath: string,
	file: string,
): Promise<{ ms: number; peakRssKb: number; output: string }> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(
			process.execPath,
			[join(ROOT, "server", "run.mjs"), "importers/cli/cli.ts", file],
			{
				cwd: ROOT,
				env: { ...process.env, TOPP10_DB: dbPath },
				stdio: ["ignore", "pipe", "pipe"],
			},
		);
		let output = "";
		const peaks = new Map<number, number>();
		child.stdout.on("data", (chunk) => {
			output += chunk;
		});
		child.stderr.on("data", (chunk) => {
			output += chunk;
		});
		const poll = setInterval(() => {
			if (child.pid) trackPeaks(peaks, child.pid);
		}, 20);
		child.on("error", reject);
		child.on("exit", (code) => {
			clearInterval(poll);
			const ms = performance.now() - started;
			const peakRssKb = [...peaks.values()].reduce((a, b) => a + b, 0);
			if (code === 0) resolve({ ms, peakRssKb, output });
			else
				reject(
					new Error(`the import exited with ${code}: ${output.slice(-500)}`),
				);
		});
	});
}

/**
 * Builds a Statistik.xlsx-sized workbook, starts the real server on a fresh bundled database and
 * imports the workbook into that database with `npm run import` while reads keep coming: the
 * import's time and peak memory, and the read route's p99 during the import against idle.
 */
export async function runNationalImportBench(
	outDir: string,
): Promise<NationalImport> {
	mkdirSync(outDir, { recursive: true });
	const file = join(outDir, "Statistik-national.xlsx");
	const values = await writeNationalWorkbook(file);
	const dataDir = mkdtempSync(join(tmpdir(), "topp10-bench-national-"));
	const dbPath = join(dataDir, "topp10.db");
	const server = await startRealServer({ TOPP10_DB: dbPath });
	try {
		const url = `${server.url}${READ_ROUTE}`;
		await load(url, 1, undefined, READ_CONNECTIONS);
		const idle = await load(url, 2, undefined, READ_CONNECTIONS);
		const importing = importWithCli(dbPath, file);
		const during = await loadUntil(url, importing, READ_CONNECTIONS);
		const result = await importing;
		const duringP99 = during.p99;
		return {
			values,
			importMs: result.ms,
			peakRssMb: result.peakRssKb / 1024,
			idleP99Ms: idle.p99,
			duringImportP99Ms: duringP99,
			readP99DuringImportRatio: duringP99 / idle.p99,
		};
	} finally {
		await server.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
}
