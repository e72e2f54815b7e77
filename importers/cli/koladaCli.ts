import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "../../db/client.ts";
import { loadConfig } from "../../domain/config.ts";
import {
	formatSummaryTable,
	reportResult,
	reportWarnings,
	summaryRowOf,
} from "../pipeline/importReport.ts";
import type {
	FetchResponse,
	KoladaEffects,
} from "../pipeline/kolada/fetchKolada.ts";
import { importFromKolada } from "../pipeline/kolada/importFromKolada.ts";
import { FIRST_YEAR } from "../table/recordChecks.ts";
import { createProgressBar } from "./progressBar.ts";

const USAGE =
	"usage: npm run kolada -- --years 2016-2024 [--municipalities all|1402,1480] [--dry-run] [--save <dir>]";
const REQUEST_TIMEOUT_MS = 30_000;

/** "2016-2024" or "2016,2018,2020" → the years; refuses anything outside 1990..next year. */
export function parseYears(value: string, maxYear: number): number[] {
	const years = value.split(",").flatMap((part) => {
		const range = /^\s*(\d{4})\s*[-–]\s*(\d{4})\s*$/.exec(part);
		if (range?.[1] && range[2]) {
			const from = Number(range[1]);
			const to = Number(range[2]);
			return Array.from(
				{ length: Math.max(to - from + 1, 0) },
				(_, i) => from + i,
			);
		}
		if (!/^\s*\d{4}\s*$/.test(part))
			throw new Error(
				`--years: "${part}" is not a year or a range like 2016-2024`,
			);
		return [Number(part)];
	});
	const bad = years.find((year) => year < FIRST_YEAR || year > maxYear);
	if (years.length === 0 || bad !== undefined)
		throw new Error(`--years must lie within ${FIRST_YEAR}-${maxYear}`);
	return [...new Set(years)].sort((a, b) => a - b);
}

export function parseMunicipalities(value: string): "all" | string[] {
	if (value === "all") return "all";
	const codes = value.split(",").map((code) => code.trim());
	const bad = codes.find((code) => !/^\d{4}$/.test(code));
	if (bad !== undefined)
		throw new Error(
			`--municipalities: "${bad}" is not a four-digit code (or use "all")`,
		);
	return codes;
}

function realEffects(saveDir: string | undefined): KoladaEffects {
	const progress = createProgressBar(process.stderr);
	let saved = 0;
	if (saveDir) mkdirSync(saveDir, { recursive: true });
	return {
		fetch: (url): Promise<FetchResponse> =>
			fetch(url, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }),
		sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
		now: () => performance.now(),
		onProgress: (done, total) => {
			progress.update("kolada", done, total);
			if (done === total) progress.clear();
		},
		onPage: (url, body) => {
			if (!saveDir) return;
			saved++;
			writeFileSync(
				join(saveDir, `page-${String(saved).padStart(3, "0")}.json`),
				`${JSON.stringify({ url, body }, null, 1)}\n`,
			);
		},
	};
}

async function main(argv: string[]): Promise<number> {
	const { values } = parseArgs({
		args: argv,
		options: {
			years: { type: "string" },
			municipalities: { type: "string", default: "all" },
			"dry-run": { type: "boolean", default: false },
			save: { type: "string" },
		},
	});
	if (!values.years) {
		console.error(USAGE);
		return 2;
	}
	const years = parseYears(values.years, new Date().getUTCFullYear() + 1);
	const municipalities = parseMunicipalities(values.municipalities);
	const handle = openDatabase(loadConfig().databasePath);
	try {
		const outcome = await importFromKolada(
			handle.db,
			{
				years,
				municipalities,
				options: {
					provenance: "imported",
					mode: "replace-years",
					dryRun: values["dry-run"],
				},
			},
			realEffects(values.save),
			() => new Date().toISOString(),
		);
		if (!outcome.ok) {
			console.error(`kolada: ${outcome.message}; nothing was written`);
			return 1;
		}
		const lines = reportResult(outcome.fileName, outcome.result);
		for (const line of lines.err) console.error(line);
		for (const line of lines.out) console.log(line);
		const results = [{ path: outcome.fileName, result: outcome.result }];
		for (const line of reportWarnings(results)) console.warn(line);
		console.log(
			`\n${formatSummaryTable([summaryRowOf(outcome.fileName, outcome.result)])}`,
		);
		console.log(`(${outcome.requests} requests to Kolada; Källa: Kolada)`);
		return outcome.result.ok ? 0 : 1;
	} finally {
		handle.close();
	}
}

if (/koladaCli\.[jt]s$/.test(process.argv[1] ?? ""))
	main(process.argv.slice(2)).then(
		(code) => {
			process.exitCode = code;
		},
		(error: unknown) => {
			console.error(error instanceof Error ? error.message : String(error));
			process.exitCode = 2;
		},
	);
