import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { type DatabaseHandle, openDatabase } from "../../db/client.ts";
import { loadConfig } from "../../domain/config.ts";
import { IMPORT_SOURCES, type ImportSource } from "../../domain/ids.ts";
import type { ImportOptions, SnFactorRow } from "../../domain/importRows.ts";
import type { KoladaKpi } from "../formats/kolada/koladaCatalogue.ts";
import { readKoladaDocument } from "../formats/kolada/parseKoladaJson.ts";
import {
	type ImportResult,
	importFileAsync,
	importKoladaFiles,
	sniffSource,
} from "../pipeline/importFile.ts";
import {
	formatSummaryTable,
	reportResult,
	reportUndo,
	reportWarnings,
	summaryRowOf,
} from "../pipeline/importReport.ts";
import { undoImport } from "../pipeline/undoImport.ts";
import {
	WRITE_FAILURE_MESSAGES,
	writeFailureOf,
} from "../pipeline/writeFailure.ts";
import { runAtLowerPriority } from "./lowerPriority.ts";
import { createProgressBar } from "./progressBar.ts";

const USAGE = `usage: npm run import -- <file|dir>... [--source ${IMPORT_SOURCES.join("|")}] [--dry-run] [--replace-year]
       npm run import -- --undo <runId>`;

interface InputFile {
	path: string;
	bytes: Uint8Array;
}

function expandPaths(paths: string[]): string[] {
	return paths.flatMap((path) =>
		statSync(path).isDirectory()
			? readdirSync(path)
					.filter((name) => /\.(csv|tsv|txt|xlsx|json)$/i.test(name))
					.sort()
					.map((name) => join(path, name))
			: [path],
	);
}

function parseSource(value: string | undefined): ImportSource | undefined {
	if (value === undefined) return undefined;
	const source = IMPORT_SOURCES.find((candidate) => candidate === value);
	if (!source)
		throw new Error(
			`--source must be one of ${IMPORT_SOURCES.join(", ")}, got "${value}"`,
		);
	return source;
}

/** Lists first, then definitions, then data: a factor file may rely on definitions given beside it. */
const ORDER: Partial<Record<ImportSource, number>> = {
	municipalities: 0,
	"sn-factor-definitions": 1,
	"insikt-definitions": 1,
};

const now = () => new Date().toISOString();

function orderInputs(handle: DatabaseHandle, files: InputFile[]): InputFile[] {
	const rank = (file: InputFile): number =>
		ORDER[
			sniffSource(handle.db, { fileName: file.path, bytes: file.bytes }, now) ??
				"insikt"
		] ?? 2;
	return files
		.map((file, index) => ({ file, index, rank: rank(file) }))
		.sort((a, b) => a.rank - b.rank || a.index - b.index)
		.map(({ file }) => file);
}

/**
 * Kolada answers among the inputs: saved /v3/kpi catalogue answers (their titles check the data's
 * KPIs) and data answers (all imported together, as one answer); the rest are tables.
 */
function sortInputs(files: InputFile[]): {
	kpis: KoladaKpi[];
	kpiFiles: string[];
	kolada: InputFile[];
	tables: InputFile[];
} {
	const kpis: KoladaKpi[] = [];
	const kpiFiles: string[] = [];
	const kolada: InputFile[] = [];
	const tables: InputFile[] = [];
	for (const file of files) {
		const document = /\.json$/i.test(file.path)
			? readKoladaDocument(new TextDecoder().decode(file.bytes))
			: null;
		if (document?.kind === "kpis") {
			kpis.push(...document.kpis);
			kpiFiles.push(file.path);
		} else if (document) kolada.push(file);
		else tables.push(file);
	}
	return { kpis, kpiFiles, kolada, tables };
}

async function importAll(
	handle: DatabaseHandle,
	files: InputFile[],
	source: ImportSource | undefined,
	options: ImportOptions,
): Promise<{ path: string; result: ImportResult }[]> {
	const { kpis, kpiFiles, kolada, tables } = sortInputs(files);
	for (const path of kpiFiles)
		console.log(
			`${path}: Kolada KPI catalogue (${kpis.length} KPIs), used to check the Kolada answers' KPI titles`,
		);
	const progress = createProgressBar(process.stderr);
	const paired: SnFactorRow[] = [];
	const results: { path: string; result: ImportResult }[] = [];
	const report = (path: string, result: ImportResult): void => {
		const lines = reportResult(path, result);
		for (const line of lines.err) console.error(line);
		for (const line of lines.out) console.log(line);
		results.push({ path, result });
	};
	if (kolada.length > 0) {
		const result = importKoladaFiles(
			handle.db,
			{
				files: kolada.map((file) => ({
					fileName: file.path,
					bytes: file.bytes,
				})),
				koladaKpis: kpis.length > 0 ? kpis : undefined,
				options,
				onProgress: (phase, done, total) =>
					progress.update(`kolada: ${phase}`, done, total),
			},
			now,
		);
		progress.clear();
		report(kolada.map((file) => file.path).join(" + "), result);
	}
	for (const file of source ? tables : orderInputs(handle, tables)) {
		const result = await importFileAsync(
			handle.db,
			{
				fileName: file.path,
				bytes: file.bytes,
				source,
				options,
				pairedFactorDefinitions: paired,
				koladaKpis: kpis.length > 0 ? kpis : undefined,
				onProgress: (phase, done, total) =>
					progress.update(`${file.path}: ${phase}`, done, total),
			},
			now,
		);
		progress.clear();
		if (result.ok && result.parsed.source === "sn-factor-definitions")
			paired.push(...result.parsed.snFactors);
		report(file.path, result);
	}
	return results;
}

async function main(argv: string[]): Promise<number> {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			source: { type: "string" },
			"dry-run": { type: "boolean", default: false },
			"replace-year": { type: "boolean", default: false },
			undo: { type: "string" },
		},
	});
	if (values.undo !== undefined) return undo(values.undo);
	if (positionals.length === 0) {
		console.error(USAGE);
		return 2;
	}
	const source = parseSource(values.source);
	const config = loadConfig();
	const lowered = runAtLowerPriority(
		config.importNice,
		"importers/cli/cli.ts",
		argv,
	);
	if (lowered) return lowered;
	const files = expandPaths(positionals).map((path) => ({
		path,
		bytes: readFileSync(path),
	}));
	const handle = openDatabase(config.databasePath);
	try {
		const results = await importAll(handle, files, source, {
			provenance: "imported",
			// Figures a file does not carry stay unless asked: --replace-year.
			mode: values["replace-year"] ? "replace-years" : "overlay",
			dryRun: values["dry-run"],
		});
		for (const line of reportWarnings(results)) console.warn(line);
		console.log(
			`\n${formatSummaryTable(results.map(({ path, result }) => summaryRowOf(path, result)))}`,
		);
		return results.every(({ result }) => result.ok) ? 0 : 1;
	} finally {
		handle.close();
	}
}

function undo(value: string): number {
	const runId = Number(value);
	if (!Number.isInteger(runId) || runId < 1) {
		console.error(`--undo needs a run id (a whole number), got "${value}"`);
		return 2;
	}
	const handle = openDatabase(loadConfig().databasePath);
	try {
		const lines = reportUndo(undoImport(handle.db, runId, now));
		for (const line of lines.err) console.error(line);
		for (const line of lines.out) console.log(line);
		return lines.err.length === 0 ? 0 : 1;
	} finally {
		handle.close();
	}
}

main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		const failure = writeFailureOf(error);
		if (failure) {
			console.error(WRITE_FAILURE_MESSAGES[failure].en);
			process.exitCode = 3;
			return;
		}
		console.error(error instanceof Error ? error.message : String(error));
		process.exitCode = 2;
	},
);
