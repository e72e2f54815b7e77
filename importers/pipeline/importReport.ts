import {
	formatIssueWithHeader,
	type ParsedImport,
} from "../../domain/importRows.ts";
import type { FigureList, FigureValue } from "./changeSummary.ts";
import type { ImportResult } from "./importFile.ts";
import type { UndoOutcome } from "./undoImport.ts";

export const MAX_ERRORS_SHOWN = 50;

export interface ReportLines {
	out: string[];
	err: string[];
}

export interface SummaryRow {
	file: string;
	format: string;
	status: string;
	rows: number;
	years: string;
	municipalities: number;
	warnings: number;
}

/** Every year a parsed file holds, as "2014–2023" or "2016, 2018". */
export function describeYears(parsed: ParsedImport): string {
	const years = [
		...new Set(
			[
				...parsed.snResults,
				...parsed.snFactors,
				...parsed.insiktResults,
				...parsed.insiktDefinitions,
			].map((row) => row.year),
		),
	].sort((a, b) => a - b);
	const first = years[0];
	const last = years[years.length - 1];
	if (first === undefined || last === undefined) return "–";
	if (last - first + 1 === years.length)
		return first === last ? String(first) : `${first}–${last}`;
	return years.join(", ");
}

export function countMunicipalities(parsed: ParsedImport): number {
	return new Set([
		...parsed.snResults.map((row) => row.municipalityCode),
		...parsed.insiktResults.map((row) => row.municipalityCode),
		...parsed.municipalities.map((row) => row.code),
		...parsed.kommungrupper.map((row) => row.code),
	]).size;
}

const STATUS: Record<string, string> = {
	imported: "imported",
	"dry-run": "dry run",
	unchanged: "unchanged",
};

export function summaryRowOf(path: string, result: ImportResult): SummaryRow {
	const { parsed } = result;
	return {
		file: path,
		format: result.format ?? (result.ok ? parsed.source : "not recognised"),
		status: result.ok ? (STATUS[result.outcome.status] ?? "") : "refused",
		rows:
			result.ok && result.outcome.status !== "unchanged"
				? result.outcome.rows
				: 0,
		years: describeYears(parsed),
		municipalities: countMunicipalities(parsed),
		warnings: parsed.warnings.length,
	};
}

/** What one file's import prints: errors (up to 50, then a count) or the per-year changes. */
export function reportResult(path: string, result: ImportResult): ReportLines {
	const { parsed } = result;
	if (!result.ok) {
		const err = parsed.errors
			.slice(0, MAX_ERRORS_SHOWN)
			.map((issue) => formatIssueWithHeader(path, issue));
		const hidden = parsed.errors.length - MAX_ERRORS_SHOWN;
		if (hidden > 0) err.push(`… and ${hidden} more errors`);
		err.push(
			`${path}: refused, ${parsed.errors.length} error(s); nothing was written`,
		);
		return { out: [], err };
	}
	const { outcome } = result;
	if (outcome.status === "unchanged")
		return {
			out: [
				`${path}: unchanged, every figure is stored as the file says${outcome.runId === null ? "" : ` (imported before as run ${outcome.runId})`}; nothing written`,
			],
			err: [],
		};
	const verb = outcome.status === "dry-run" ? "would import" : "imported";
	const isDry = outcome.status === "dry-run";
	const out = [
		`${path}: ${verb} ${outcome.rows} rows (${result.format ?? parsed.source}), ${countMunicipalities(parsed)} municipalities${outcome.runId === null ? "" : `, run ${outcome.runId}`}`,
		`  ${isDry ? "would add" : "added"} ${outcome.changes.added}, ${isDry ? "would change" : "changed"} ${outcome.changes.changed}, ${isDry ? "would remove" : "removed"} ${outcome.changes.removed} stored rows`,
	];
	if (parsed.kommungrupper.length > 0)
		out.push(
			`  kommungrupp ${outcome.status === "dry-run" ? "would be set" : "set"} for ${parsed.kommungrupper.length} municipalities, ${outcome.kommungruppChanges} of them changed`,
		);
	for (const year of outcome.years)
		out.push(
			`  ${year.year}: ${year.incoming} in the file; ${isDry ? "would add" : "added"} ${year.added}, ${isDry ? "would change" : "changed"} ${year.changed}, ${isDry ? "would remove" : "removed"} ${year.removed}`,
		);
	out.push(
		...figureLines(
			outcome.changes.conflicts,
			`published figures ${isDry ? "the file would change" : "changed"}`,
		),
		...figureLines(
			outcome.changes.removals,
			`stored figures ${isDry ? "that would be removed" : "removed"}`,
		),
	);
	return { out, err: [] };
}

/** How many figures CLI prints of a list (the API answers up to MAX_FIGURES_LISTED). */
const FIGURES_PRINTED = 50;

function formatValue(value: FigureValue): string {
	return value === null ? "–" : String(value);
}

/** `  2023 1402 total rank: 32 (published, ranking.csv run 3) → 30`, the first 50 and a count. */
function figureLines(list: FigureList, heading: string): string[] {
	if (list.total === 0) return [];
	const lines = list.items.slice(0, FIGURES_PRINTED).map((item) => {
		const origin = [
			item.oldProvenance,
			item.oldSource,
			item.oldFileName === null
				? null
				: `${item.oldFileName} run ${item.oldRunId}`,
		]
			.filter((part) => part !== null)
			.join(", ");
		return `    ${item.key.join(" ")} ${item.field}: ${formatValue(item.oldValue)} (${origin}) → ${formatValue(item.newValue)}`;
	});
	const hidden = list.total - lines.length;
	return [
		`  ${list.total} ${heading}:`,
		...lines,
		...(hidden > 0 ? [`    … and ${hidden} more`] : []),
	];
}

/** The warnings of every file, as `<file>:<line>:<column>: <reason>` lines. */
export function reportWarnings(
	results: { path: string; result: ImportResult }[],
): string[] {
	return results.flatMap(({ path, result }) =>
		result.parsed.warnings.map(
			(warning) => `warning: ${formatIssueWithHeader(path, warning)}`,
		),
	);
}

const HEADINGS: Record<keyof SummaryRow, string> = {
	file: "file",
	format: "format",
	status: "status",
	rows: "rows",
	years: "years",
	municipalities: "municipalities",
	warnings: "warnings",
};

/** A plain-text table, numbers right-aligned, for the end of `npm run import`. */
export function formatSummaryTable(rows: SummaryRow[]): string {
	const keys = Object.keys(HEADINGS) as (keyof SummaryRow)[];
	const cells = [
		keys.map((key) => HEADINGS[key]),
		...rows.map((row) => keys.map((key) => String(row[key]))),
	];
	const widths = keys.map((_, i) =>
		Math.max(...cells.map((line) => (line[i] ?? "").length)),
	);
	const isNumeric = keys.map((key) => typeof rows[0]?.[key] === "number");
	const render = (line: string[]): string =>
		line
			.map((cell, i) =>
				isNumeric[i]
					? cell.padStart(widths[i] ?? 0)
					: cell.padEnd(widths[i] ?? 0),
			)
			.join("  ")
			.trimEnd();
	const [heading, ...body] = cells;
	return [
		render(heading ?? []),
		widths.map((w) => "─".repeat(w)).join("  "),
		...body.map(render),
	].join("\n");
}

/** What `npm run import -- --undo <run>` prints: the restored rows, or why the run stays. */
export function reportUndo(outcome: UndoOutcome): ReportLines {
	const run = `run ${outcome.runId}`;
	switch (outcome.status) {
		case "undone":
			return {
				out: [
					`${run} undone: ${outcome.restored} rows restored, ${outcome.deleted} rows it added deleted, ${outcome.reinserted} rows it removed put back`,
				],
				err: [],
			};
		case "not-found":
			return { out: [], err: [`${run} does not exist; nothing changed`] };
		case "already-undone":
			return {
				out: [],
				err: [
					`${run} was already undone at ${outcome.undoneAt}; nothing changed`,
				],
			};
		case "not-logged":
			return {
				out: [],
				err: [
					`${run} was imported before changes were recorded, so it cannot be undone exactly; nothing changed`,
				],
			};
		case "overwritten":
			return {
				out: [],
				err: [
					`${run} cannot be undone: later runs changed the same figures: ${outcome.laterRuns.map((later) => `run ${later.id} (${later.fileName})`).join(", ")}. Undo ${outcome.laterRuns.length === 1 ? "that run" : "those runs"} first; nothing changed`,
				],
			};
	}
}
