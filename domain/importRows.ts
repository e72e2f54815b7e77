import type { ImportSource } from "./ids.ts";
import type { ImportIssue, IssuePlace } from "./importIssues.ts";
import type { Provenance } from "./provenance.ts";

/** Told how far a long import has come, every thousand records and once per written table. */
export type ProgressListener = (
	phase: "parse" | "write",
	done: number,
	total: number,
) => void;

export type {
	ImportIssue,
	IssueCode,
	IssueDetail,
	IssueParams,
	IssuePlace,
} from "./importIssues.ts";

export interface MunicipalityRow {
	code: string;
	name: string;
	countyCode: string;
	countyName: string;
	kommungrupp: string | null;
}

export interface SnResultRow {
	year: number;
	municipalityCode: string;
	factorId: string;
	rank: number | null;
	score: number | null;
	source: string | null;
}

export interface SnFactorRow {
	year: number;
	id: string;
	label: string;
	kind: "survey" | "statistic";
	weight: number;
	scaleMin: number | null;
	scaleMax: number | null;
	higherIsBetter: boolean;
}

export interface InsiktRow {
	year: number;
	municipalityCode: string;
	area: string;
	measure: string;
	value: number | null;
	responses: number | null;
	source: string | null;
}

/** Which areas NKI totalt covers in a year (ids from importers/insiktAreas.ts). */
export interface InsiktDefinitionRow {
	year: number;
	areaSet: string[];
	note: string | null;
}

/** SKR kommungrupp of a municipality, as SN's statistics file carries it. */
export interface KommungruppRow {
	code: string;
	kommungrupp: string;
}

/** Everything one file yields, ready to be written in one transaction. */
export interface ParsedImport {
	source: ImportSource;
	municipalities: MunicipalityRow[];
	snResults: SnResultRow[];
	snFactors: SnFactorRow[];
	insiktResults: InsiktRow[];
	insiktDefinitions: InsiktDefinitionRow[];
	/** Updates of municipality.kommungrupp only (the rest of the municipality row is left alone). */
	kommungrupper: KommungruppRow[];
	errors: ImportIssue[];
	warnings: ImportIssue[];
}

/**
 * replace-years: the file is the whole truth for its (source, year)s and replaces what that
 * source stored for them. overlay: the file is a set of separate facts (e.g. published figures
 * gathered from several releases) written over matching keys, leaving the rest of the year alone.
 */
export type ImportMode = "replace-years" | "overlay";

export interface ImportOptions {
	provenance: Provenance;
	mode: ImportMode;
	dryRun: boolean;
}

export function emptyParsedImport(source: ImportSource): ParsedImport {
	return {
		source,
		municipalities: [],
		snResults: [],
		snFactors: [],
		insiktResults: [],
		insiktDefinitions: [],
		kommungrupper: [],
		errors: [],
		warnings: [],
	};
}

function placeOf(fileName: string, issue: IssuePlace): string {
	const file = issue.file ?? fileName;
	if (issue.sheet && issue.cell) return `${file}:${issue.sheet}!${issue.cell}`;
	if (issue.line === undefined) return file;
	return `${file}:${issue.line}:${issue.column ?? 1}`;
}

/** `<file>:<line>:<column>: <reason>`, or `<file>:<sheet>!<cell>: <reason>` for spreadsheets. */
export function formatIssue(fileName: string, issue: ImportIssue): string {
	return `${placeOf(fileName, issue)}: ${issue.message}`;
}

/** As formatIssue, with the column's header: `<file>:<line>:<column> (Placering): <reason>`. */
export function formatIssueWithHeader(
	fileName: string,
	issue: ImportIssue,
): string {
	const header = issue.header ? ` (${issue.header})` : "";
	return `${placeOf(fileName, issue)}${header}: ${issue.message}`;
}
