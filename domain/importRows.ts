import type { ImportSource } from "./ids.ts";
import type { Provenance } from "./provenance.ts";

/** Told how far a long import has come, every thousand records and once per written table. */
export type ProgressListener = (
	phase: "parse" | "write",
	done: number,
	total: number,
) => void;

/** A problem found in an input file. Errors block the import; warnings do not. */
export interface ImportIssue {
	message: string;
	/** 1-based physical line of the file (CSV) or row of the sheet (XLSX). */
	line?: number;
	/** 1-based character column of the offending cell (CSV) or column number (XLSX). */
	column?: number;
	/** XLSX only: the sheet and A1 cell reference. */
	sheet?: string;
	cell?: string;
}

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

/** `<file>:<line>:<column>: <reason>`, or `<file>:<sheet>!<cell>: <reason>` for spreadsheets. */
export function formatIssue(fileName: string, issue: ImportIssue): string {
	if (issue.sheet && issue.cell)
		return `${fileName}:${issue.sheet}!${issue.cell}: ${issue.message}`;
	if (issue.line === undefined) return `${fileName}: ${issue.message}`;
	return `${fileName}:${issue.line}:${issue.column ?? 1}: ${issue.message}`;
}
