import { and, eq, inArray, sql } from "drizzle-orm";
import type { ImportOptions, ParsedImport } from "../../../importers/types.ts";
import type { Db } from "../../client.ts";
import {
	importRun,
	insiktResult,
	municipality,
	snFactor,
	snResult,
} from "../../schema.ts";

export interface YearChange {
	year: number;
	/** Rows the file brings for that year. */
	incoming: number;
	/** Rows of the same source already stored for that year that the file would replace or overwrite. */
	replaced: number;
}

export type ImportOutcome =
	| { status: "unchanged"; runId: number; fileName: string }
	| {
			status: "imported" | "dry-run";
			runId: number | null;
			rows: number;
			years: YearChange[];
	  };

export interface ImportFileInfo {
	fileName: string;
	sha256: string;
}

/** Wall clock as an ISO string; passed in so tests can pin it. */
export type Clock = () => string;

/**
 * Writes one parsed file in a single transaction: either every row lands and the run is
 * recorded, or nothing changes. The same file (sha256) a second time is a no-op.
 */
export function applyImport(
	db: Db,
	parsed: ParsedImport,
	file: ImportFileInfo,
	options: ImportOptions,
	clock: Clock,
): ImportOutcome {
	return db.transaction((tx) => {
		const previous = tx
			.select({ id: importRun.id })
			.from(importRun)
			.where(
				and(
					eq(importRun.sha256, file.sha256),
					eq(importRun.status, "ok"),
					eq(importRun.source, parsed.source),
				),
			)
			.get();
		if (previous)
			return {
				status: "unchanged",
				runId: previous.id,
				fileName: file.fileName,
			};
		const years = planYears(tx, parsed, options);
		if (options.dryRun)
			return { status: "dry-run", runId: null, rows: countRows(parsed), years };
		const startedAt = clock();
		const run = tx
			.insert(importRun)
			.values({
				source: parsed.source,
				fileName: file.fileName,
				sha256: file.sha256,
				rows: countRows(parsed),
				provenance: options.provenance,
				startedAt,
				finishedAt: startedAt,
				status: "ok",
				warningsJson: JSON.stringify(parsed.warnings),
				yearsJson: JSON.stringify(years.map((y) => y.year)),
			})
			.returning({ id: importRun.id })
			.get();
		writeRows(tx, parsed, options, run.id);
		return {
			status: "imported",
			runId: run.id,
			rows: countRows(parsed),
			years,
		};
	});
}

export function countRows(parsed: ParsedImport): number {
	return (
		parsed.municipalities.length +
		parsed.snResults.length +
		parsed.snFactors.length +
		parsed.insiktResults.length
	);
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

function runIdsOfSource(tx: Tx, source: ParsedImport["source"]) {
	return tx
		.select({ id: importRun.id })
		.from(importRun)
		.where(eq(importRun.source, source));
}

function incomingByYear(parsed: ParsedImport): Map<number, number> {
	const counts = new Map<number, number>();
	for (const row of [
		...parsed.snResults,
		...parsed.snFactors,
		...parsed.insiktResults,
	]) {
		counts.set(row.year, (counts.get(row.year) ?? 0) + 1);
	}
	return counts;
}

function planYears(
	tx: Tx,
	parsed: ParsedImport,
	options: ImportOptions,
): YearChange[] {
	const incoming = incomingByYear(parsed);
	return [...incoming.keys()]
		.sort((a, b) => a - b)
		.map((year) => ({
			year,
			incoming: incoming.get(year) ?? 0,
			replaced: countReplaced(tx, parsed, year, options),
		}));
}

function countReplaced(
	tx: Tx,
	parsed: ParsedImport,
	year: number,
	options: ImportOptions,
): number {
	if (options.mode === "overlay") return countOverlaid(tx, parsed, year);
	const sourceRuns = runIdsOfSource(tx, parsed.source);
	const sn = tx
		.select({ n: sql<number>`count(*)` })
		.from(snResult)
		.where(
			and(eq(snResult.year, year), inArray(snResult.importRunId, sourceRuns)),
		)
		.get();
	const insikt = tx
		.select({ n: sql<number>`count(*)` })
		.from(insiktResult)
		.where(
			and(
				eq(insiktResult.year, year),
				inArray(insiktResult.importRunId, sourceRuns),
			),
		)
		.get();
	return (sn?.n ?? 0) + (insikt?.n ?? 0);
}

function countOverlaid(tx: Tx, parsed: ParsedImport, year: number): number {
	let count = 0;
	for (const row of parsed.snResults) {
		if (row.year !== year) continue;
		const existing = tx
			.select({ id: snResult.id })
			.from(snResult)
			.where(
				and(
					eq(snResult.year, year),
					eq(snResult.municipalityCode, row.municipalityCode),
					eq(snResult.factorId, row.factorId),
				),
			)
			.get();
		if (existing) count++;
	}
	return count;
}

function writeRows(
	tx: Tx,
	parsed: ParsedImport,
	options: ImportOptions,
	runId: number,
): void {
	const years = [...incomingByYear(parsed).keys()];
	if (options.mode === "replace-years" && years.length > 0)
		deleteSourceYears(tx, parsed, years);
	for (const row of parsed.municipalities) {
		tx.insert(municipality)
			.values(row)
			.onConflictDoUpdate({ target: municipality.code, set: row })
			.run();
	}
	for (const row of parsed.snFactors) {
		const values = {
			...row,
			provenance: options.provenance,
			importRunId: runId,
		};
		tx.insert(snFactor)
			.values(values)
			.onConflictDoUpdate({ target: [snFactor.year, snFactor.id], set: values })
			.run();
	}
	for (const row of parsed.snResults) {
		const values = {
			...row,
			provenance: options.provenance,
			importRunId: runId,
		};
		tx.insert(snResult)
			.values(values)
			.onConflictDoUpdate({
				target: [snResult.year, snResult.municipalityCode, snResult.factorId],
				set: values,
			})
			.run();
	}
	for (const row of parsed.insiktResults) {
		const values = {
			...row,
			provenance: options.provenance,
			importRunId: runId,
		};
		tx.insert(insiktResult)
			.values(values)
			.onConflictDoUpdate({
				target: [
					insiktResult.year,
					insiktResult.municipalityCode,
					insiktResult.area,
					insiktResult.measure,
				],
				set: values,
			})
			.run();
	}
}

function deleteSourceYears(
	tx: Tx,
	parsed: ParsedImport,
	years: number[],
): void {
	const sourceRuns = runIdsOfSource(tx, parsed.source);
	if (parsed.snResults.length > 0) {
		tx.delete(snResult)
			.where(
				and(
					inArray(snResult.year, years),
					inArray(snResult.importRunId, sourceRuns),
				),
			)
			.run();
	}
	if (parsed.insiktResults.length > 0) {
		tx.delete(insiktResult)
			.where(
				and(
					inArray(insiktResult.year, years),
					inArray(insiktResult.importRunId, sourceRuns),
				),
			)
			.run();
	}
}
