import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "../db/client.ts";
import { IMPORT_SOURCES, type ImportSource } from "../db/schema.ts";
import { loadConfig } from "../server/config.ts";
import { type ImportResult, importFile } from "./importFile.ts";
import { formatIssue } from "./types.ts";

const MAX_ERRORS_SHOWN = 50;
const USAGE = `usage: npm run import -- <file|dir>... [--source ${IMPORT_SOURCES.join("|")}] [--dry-run]`;

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

function printResult(path: string, result: ImportResult): void {
	const { parsed } = result;
	if (!result.ok) {
		for (const issue of parsed.errors.slice(0, MAX_ERRORS_SHOWN))
			console.error(formatIssue(path, issue));
		const hidden = parsed.errors.length - MAX_ERRORS_SHOWN;
		if (hidden > 0) console.error(`… and ${hidden} more errors`);
		console.error(
			`${path}: refused, ${parsed.errors.length} error(s); nothing was written`,
		);
		return;
	}
	const { outcome } = result;
	if (outcome.status === "unchanged") {
		console.log(
			`${path}: already imported (run ${outcome.runId}, same sha256); nothing changed`,
		);
		return;
	}
	const verb = outcome.status === "dry-run" ? "would import" : "imported";
	const municipalities = new Set(
		parsed.snResults.map((row) => row.municipalityCode),
	).size;
	console.log(
		`${path}: ${verb} ${outcome.rows} rows (${parsed.source}), ${municipalities} municipalities`,
	);
	console.table(
		outcome.years.map((y) => ({
			år: y.year,
			rader: y.incoming,
			ersätts: y.replaced,
		})),
	);
	for (const warning of parsed.warnings)
		console.warn(`warning: ${formatIssue(path, warning)}`);
}

function main(argv: string[]): number {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			source: { type: "string" },
			"dry-run": { type: "boolean", default: false },
		},
	});
	if (positionals.length === 0) {
		console.error(USAGE);
		return 2;
	}
	const source = parseSource(values.source);
	const config = loadConfig();
	const handle = openDatabase(config.databasePath);
	let failed = false;
	try {
		for (const path of expandPaths(positionals)) {
			const result = importFile(
				handle.db,
				{
					fileName: path,
					bytes: readFileSync(path),
					source,
					options: {
						provenance: "imported",
						mode: "replace-years",
						dryRun: values["dry-run"],
					},
				},
				() => new Date().toISOString(),
			);
			printResult(path, result);
			failed ||= !result.ok;
		}
	} finally {
		handle.close();
	}
	return failed ? 1 : 0;
}

try {
	process.exitCode = main(process.argv.slice(2));
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exitCode = 2;
}
