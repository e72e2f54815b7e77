import { createHash } from "node:crypto";
import { basename } from "node:path";
import type { Db } from "../../db/client.ts";
import { listFactorDefinitions } from "../../db/queries/imports/listFactorDefinitions.ts";
import { listMunicipalityNames } from "../../db/queries/imports/listMunicipalityNames.ts";
import type { ImportSource } from "../../domain/ids.ts";
import { type IssueDetail, issueOf } from "../../domain/importIssues.ts";
import { formatName } from "../../domain/importIssueText.ts";
import {
	emptyParsedImport,
	type ImportOptions,
	type ParsedImport,
	type ProgressListener,
	type SnFactorRow,
} from "../../domain/importRows.ts";
import { createFactorCatalog } from "../formats/factorCatalog.ts";
import {
	createKoladaCatalogue,
	type KoladaKpi,
} from "../formats/kolada/koladaCatalogue.ts";
import {
	isPartialAnswer,
	parseKoladaFiles,
} from "../formats/kolada/parseKoladaJson.ts";
import type { ParseContext } from "../formats/parseContext.ts";
import { FORMAT_IDS } from "../formats/registry.ts";
import { decodeText } from "../table/decodeText.ts";
import { placedIssue } from "../table/issues.ts";
import { createMunicipalityMatcher } from "../table/municipalityMatcher.ts";
import { readDelimited } from "../table/readDelimited.ts";
import { readWorkbook, type SheetTable } from "../table/readWorkbook.ts";
import { fileWarning } from "../table/recordChecks.ts";
import { applyImport, type Clock, type ImportOutcome } from "./applyImport.ts";
import { detectTable } from "./detectFormat.ts";

export interface ImportRequest {
	fileName: string;
	bytes: Uint8Array;
	/** Forces the format; detected from the header row when absent. */
	source?: ImportSource | undefined;
	options: ImportOptions;
	/** .xlsx only: the workbook's sheets, as readWorkbook returns them (importFileAsync reads them). */
	sheets?: SheetTable[];
	/** Factor definitions from a definitions file imported together with this one (sn-factors). */
	pairedFactorDefinitions?: SnFactorRow[];
	/** A saved Kolada /v3/kpi answer, whose titles say what each KPI measures (kolada). */
	koladaKpis?: KoladaKpi[] | undefined;
	onProgress?: ProgressListener;
}

export type ImportResult =
	| { ok: false; fileName: string; parsed: ParsedImport; format?: string }
	| {
			ok: true;
			fileName: string;
			parsed: ParsedImport;
			outcome: ImportOutcome;
			/** The detected layout id and where it was read, e.g. `sn-ranking-wide, utf-8, ";"-separated`. */
			format?: string;
	  };

export function sha256Of(bytes: Uint8Array): string {
	return createHash("sha256").update(bytes).digest("hex");
}

function isZip(bytes: Uint8Array): boolean {
	return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03;
}

function isJson(fileName: string, text: string): boolean {
	return /\.json$/i.test(fileName) || /^\s*[{[]/.test(text);
}

function createContext(
	db: Db,
	request: Pick<
		ImportRequest,
		"pairedFactorDefinitions" | "koladaKpis" | "onProgress"
	>,
	clock: Clock,
): ParseContext {
	return {
		matcher: createMunicipalityMatcher(listMunicipalityNames(db)),
		maxYear: new Date(clock()).getUTCFullYear() + 1,
		factors: () =>
			createFactorCatalog(
				listFactorDefinitions(db),
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

/**
 * Parses and checks one file without writing: text tables (any encoding and delimiter), a
 * workbook's sheets when given, or a Kolada JSON answer.
 */
export function parseFile(
	request: ImportRequest,
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
	request: ImportRequest,
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
	request: ImportRequest,
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

/** Parses, validates and (unless it is a dry run or has errors) writes one file in one transaction. */
export function importFile(
	db: Db,
	request: ImportRequest,
	clock: Clock,
): ImportResult {
	const fileName = basename(request.fileName);
	const { parsed, format } = parseFile(
		request,
		createContext(db, request, clock),
	);
	return write(
		db,
		parsed,
		format,
		{ fileName, sha256: sha256Of(request.bytes) },
		request,
		clock,
	);
}

function write(
	db: Db,
	parsed: ParsedImport,
	format: string | undefined,
	file: { fileName: string; sha256: string },
	request: Pick<ImportRequest, "options" | "onProgress">,
	clock: Clock,
): ImportResult {
	const described = format ? { format } : {};
	if (parsed.errors.length > 0)
		return { ok: false, fileName: file.fileName, parsed, ...described };
	// Part of a Kolada answer is not the whole truth for its years: page 2 on its own must not
	// remove what page 1 brought.
	const options: ImportOptions = isPartialAnswer(parsed)
		? { ...request.options, mode: "overlay" }
		: request.options;
	const outcome = applyImport(
		db,
		parsed,
		file,
		options,
		clock,
		request.onProgress,
	);
	return { ok: true, fileName: file.fileName, parsed, outcome, ...described };
}

/**
 * The one entry point for a file of any kind: reads an .xlsx workbook first (exceljs reads
 * asynchronously), then parses and writes as importFile does.
 */
export async function importFileAsync(
	db: Db,
	request: ImportRequest,
	clock: Clock,
): Promise<ImportResult> {
	if (request.sheets || !isZip(request.bytes))
		return importFile(db, request, clock);
	const workbook = await readWorkbook(request.bytes);
	if (!workbook.ok) {
		const { parsed } = refusedWith(
			request.source ?? "sn-ranking",
			issueOf("workbook-unreadable", { detail: workbook.message }),
		);
		return { ok: false, fileName: basename(request.fileName), parsed };
	}
	return importFile(db, { ...request, sheets: workbook.sheets }, clock);
}

export interface KoladaFilesRequest {
	files: { fileName: string; bytes: Uint8Array }[];
	koladaKpis?: KoladaKpi[] | undefined;
	options: ImportOptions;
	onProgress?: ProgressListener;
}

/**
 * Several saved Kolada answers (the pages of one answer, or answers for several years) as one
 * import: their values merge, so page 2 does not replace page 1's years.
 */
export function importKoladaFiles(
	db: Db,
	request: KoladaFilesRequest,
	clock: Clock,
): ImportResult {
	const names = request.files.map((file) => basename(file.fileName));
	const fileName =
		names.length === 1 ? (names[0] ?? "kolada.json") : `${names.join(" + ")}`;
	const parsed = parseKoladaFiles(
		request.files.map((file) => ({
			fileName: basename(file.fileName),
			text: decodeText(file.bytes).text,
		})),
		createContext(db, request, clock),
	);
	const sha256 =
		request.files.length === 1 && request.files[0]
			? sha256Of(request.files[0].bytes)
			: sha256Of(
					new TextEncoder().encode(
						request.files
							.map((file) => sha256Of(file.bytes))
							.sort()
							.join("\n"),
					),
				);
	return write(
		db,
		parsed,
		formatName("kolada", "cli"),
		{ fileName, sha256 },
		request,
		clock,
	);
}

/** The source a text file's headers point to, without parsing it (the CLI orders definitions first). */
export function sniffSource(
	db: Db,
	request: { fileName: string; bytes: Uint8Array },
	clock: Clock,
): ImportSource | null {
	if (isZip(request.bytes)) return null;
	const { text } = decodeText(request.bytes.subarray(0, 64 * 1024));
	if (isJson(request.fileName, text)) return "kolada";
	const detection = detectTable(
		readDelimited(text).records,
		{ fileName: basename(request.fileName) },
		undefined,
		createContext(db, {}, clock),
	);
	return detection.ok ? detection.format.source : null;
}
