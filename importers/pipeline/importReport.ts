import {
	formatIssueWithHeader,
	type ParsedImport,
} from "../../domain/importRows.ts";
import type { ImportResult } from "./importFile.ts";

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
				`${path}: already imported (run ${outcome.runId}, same sha256); nothing changed`,
			],
			err: [],
		};
	const verb = outcome.status === "dry-run" ? "would import" : "imported";
	const out = [
		`${path}: ${verb} ${outcome.rows} rows (${result.format ?? parsed.source}), ${countMunicipalities(parsed)} municipalities`,
	];
	if (parsed.kommungrupper.length > 0)
		out.push(
			`  kommungrupp ${outcome.status === "dry-run" ? "would be set" : "set"} for ${parsed.kommungrupper.length} municipalities, ${outcome.kommungruppChanges} of them changed`,
		);
	for (const year of outcome.years)
		out.push(
			`  ${year.year}: ${outcome.status === "dry-run" ? "would add" : "added"} ${year.incoming}, ${outcome.status === "dry-run" ? "would replace" : "replaced"} ${year.replaced}`,
		);
	return { out, err: [] };
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
