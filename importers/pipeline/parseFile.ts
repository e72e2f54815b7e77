import { basename } from "node:path";
import type { MunicipalityNameRow } from "../../db/queries/imports/listMunicipalityNames.ts";
import type { ImportSource } from "../../domain/ids.ts";
import { type IssueDetail, issueOf } from "../../domain/importIssues.ts";
import { formatName } from "../../domain/importIssueText.ts";
import {
	emptyParsedImport,
	type ParsedImport,
	type ProgressListener,
	type SnFactorRow,
} from "../../domain/importRows.ts";
import { createFactorCatalog } from "../formats/factorCatalog.ts";
import {
	createKoladaCatalogue,
	type KoladaKpi,
} from "../formats/kolada/koladaCatalogue.ts";
import { parseKoladaFiles } from "../formats/kolada/parseKoladaJson.ts";
import type { ParseContext } from "../formats/parseContext.ts";
import { FORMAT_IDS } from "../formats/registry.ts";
import { decodeText } from "../table/decodeText.ts";
import { placedIssue } from "../table/issues.ts";
import { createMunicipalityMatcher } from "../table/municipalityMatcher.ts";
import { readDelimited } from "../table/readDelimited.ts";
import { readWorkbook, type SheetTable } from "../table/readWorkbook.ts";
import { fileWarning } from "../table/recordChecks.ts";
import { detectTable } from "./detectFormat.ts";

/**
 * One file as the parsers take it: plain data only (no database, no callbacks), so that it can be
 * parsed on a worker thread as well as on the caller's.
 */
export interface ParseRequest {
	fileName: string;
	bytes: Uint8Array;
	/** Forces the format; detected from the header row when absent. */
	source?: ImportSource | undefined;
	/** .xlsx only: the workbook's sheets, as readWorkbook returns them (parseFileAsync reads them). */
	sheets?: SheetTable[] | undefined;
	/** Factor definitions from a definitions file imported together with this one (sn-factors). */
	pairedFactorDefinitions?: SnFactorRow[] | undefined;
	/** A saved Kolada /v3/kpi answer, whose titles say what each KPI measures (kolada). */
	koladaKpis?: KoladaKpi[] | undefined;
}

export function isZip(bytes: Uint8Array): boolean {
	return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03;
}

export function isJson(fileName: string, text: string): boolean {
	return /\.json$/i.test(fileName) || /^\s*[{[]/.test(text);
}

/**
 * What parsing needs from the database, as plain data, so that a worker thread can parse with
 * it too. The factor definitions are read only when a format asks (most need only the names).
 */
export interface ParseInputs {
	municipalities: readonly MunicipalityNameRow[];
	factorDefinitions: () => SnFactorRow[];
	/** Latest year a file may hold: next year, by the caller's clock. */
	maxYear: number;
}

/** A parser's context from the database's inputs and what came with the file. */
export function createParseContext(
	inputs: ParseInputs,
	request: Pick<ParseRequest, "pairedFactorDefinitions" | "koladaKpis"> & {
		onProgress?: ProgressListener | undefined;
	},
): ParseContext {
	return {
		matcher: createMunicipalityMatcher(inputs.municipalities),
		maxYear: inputs.maxYear,
		factors: () =>
			createFactorCatalog(
				inputs.factorDefinitions(),
				request.pairedFactorDefinitions ?? [],
			),
		koladaCatalogue: () => createKoladaCatalogue(request.koladaKpis ?? null),
		onProgress: request.onProgress,
	};
}

/** What a file's bytes yield before anything is written, and the layout they were read as. */
export interface ParsedFile {
	parsed: ParsedImport;
	format?: string;
	/** Issues left out of `parsed` by a worker that sends only the first ones of a refused file. */
	omittedIssues?: IssueCounts;
}

export interface IssueCounts {
	errors: number;
	warnings: number;
}

function refusedWith(
	source: ImportSource,
	detail: IssueDetail,
	place: { sheet?: string; cell?: string } = {},
): ParsedFile {
	const parsed = emptyParsedImport(source);
	parsed.errors.push(placedIssue(detail, { line: 1, column: 1, ...place }));
	return { parsed };
}

/** Every layout but the municipality list is matched against the stored list: one error, not one per row. */
const MUNICIPALITY_LIST_FORMAT = "municipalities";

/**
 * Parses and checks one file without writing: text tables (any encoding and delimiter), a
 * workbook's sheets when given, or a Kolada JSON answer.
 */
export function parseFile(
	request: ParseRequest,
	context: ParseContext,
): ParsedFile {
	const fallback = request.source ?? "sn-ranking";
	if (request.sheets) return parseWorkbook(request, context);
	if (isZip(request.bytes))
		return refusedWith(fallback, issueOf("workbook-not-read", {}));
	const { text, encoding } = decodeText(request.bytes);
	if (request.source === "kolada" || isJson(request.fileName, text)) {
		if (request.source !== undefined && request.source !== "kolada")
			return refusedWith(
				request.source,
				issueOf("json-not-table", { source: request.source }),
			);
		return {
			parsed: parseKoladaFiles(
				[{ fileName: basename(request.fileName), text }],
				context,
			),
			format: formatName("kolada", "cli"),
		};
	}
	const { records, delimiter } = readDelimited(text);
	const parsed = parseRecords(records, request, context, undefined);
	return {
		parsed: parsed.parsed,
		...(parsed.format
			? {
					format: `${parsed.format}, ${encoding}, "${delimiter === "\t" ? "\\t" : delimiter}"-separated`,
				}
			: {}),
	};
}

function parseRecords(
	records: Parameters<typeof detectTable>[0],
	request: ParseRequest,
	context: ParseContext,
	sheet: string | undefined,
): ParsedFile {
	if (request.source === "kolada")
		return refusedWith(
			"kolada",
			issueOf("table-not-json", { source: "kolada" }),
		);
	const detection = detectTable(
		records,
		{ fileName: basename(request.fileName), sheet },
		request.source,
		context,
	);
	if (!detection.ok) {
		const parsed = emptyParsedImport(request.source ?? "sn-ranking");
		parsed.errors.push(...detection.issues);
		return { parsed };
	}
	if (
		detection.format.id !== MUNICIPALITY_LIST_FORMAT &&
		context.matcher.count === 0
	)
		return {
			...refusedWith(
				request.source ?? "sn-ranking",
				issueOf("no-municipality-list", {}),
			),
			format: formatName(detection.format.id, "cli"),
		};
	const parsed = detection.format.parse(detection.table, context);
	if (request.source && parsed.source !== request.source)
		parsed.warnings.unshift(
			fileWarning(
				issueOf("source-differs", {
					asked: request.source,
					read: parsed.source,
				}),
			),
		);
	return { parsed, format: formatName(detection.format.id, "cli") };
}

/**
 * The first sheet with a known header is read; the others are named in a warning. Without one,
 * a sheet that nearly fits says why it does not; else no sheet had a header.
 */
function parseWorkbook(
	request: ParseRequest,
	context: ParseContext,
): ParsedFile {
	const sheets = (request.sheets ?? []).filter((s) => s.records.length > 0);
	const refusals: ParsedFile[] = [];
	for (const sheet of sheets) {
		const read = parseRecords(sheet.records, request, context, sheet.name);
		if (!read.format) {
			refusals.push(read);
			continue;
		}
		for (const other of sheets)
			if (other !== sheet)
				read.parsed.warnings.push(
					fileWarning(
						issueOf("sheet-not-read", {
							sheet: other.name,
							readSheet: sheet.name,
						}),
					),
				);
		return {
			parsed: read.parsed,
			format: `${read.format}, sheet "${sheet.name}"`,
		};
	}
	const telling = refusals.find((read) =>
		read.parsed.errors.some((error) => error.code !== "no-header"),
	);
	if (telling) return telling;
	return refusedWith(
		request.source ?? "sn-ranking",
		issueOf("no-sheet-with-header", {
			sheets: sheets.map((sheet) => sheet.name),
			formats: [...FORMAT_IDS],
		}),
		{ sheet: request.sheets?.[0]?.name ?? "Sheet1", cell: "A1" },
	);
}

/** Reads an .xlsx workbook first (within its limits), then parses as parseFile does. */
export async function parseFileAsync(
	request: ParseRequest,
	context: ParseContext,
): Promise<ParsedFile> {
	if (request.sheets || !isZip(request.bytes))
		return parseFile(request, context);
	const workbook = await readWorkbook(request.bytes);
	if (!workbook.ok)
		return refusedWith(
			request.source ?? "sn-ranking",
			issueOf(
				workbook.refusal === "too-large"
					? "workbook-too-large"
					: "workbook-unreadable",
				{ detail: workbook.reason },
			),
		);
	return parseFile({ ...request, sheets: workbook.sheets }, context);
}

/**
 * Parses a file somewhere else than on the caller's thread (the API's worker thread), with the
 * database's inputs read when the parse begins.
 */
export type FileParser = (
	request: ParseRequest,
	inputs: () => ParseInputs,
) => Promise<ParsedFile>;
