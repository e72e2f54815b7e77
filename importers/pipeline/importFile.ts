import { createHash } from "node:crypto";
import { basename } from "node:path";
import type { Db } from "../../db/client.ts";
import { listFactorDefinitions } from "../../db/queries/imports/listFactorDefinitions.ts";
import { listMunicipalityNames } from "../../db/queries/imports/listMunicipalityNames.ts";
import type { ImportSource } from "../../domain/ids.ts";
import type { ProgressListener } from "../../domain/importRows.ts";
import {
	emptyParsedImport,
	type ImportIssue,
	type ImportOptions,
	type ParsedImport,
	type SnFactorRow,
} from "../../domain/importRows.ts";
import { createFactorCatalog } from "../formats/factorCatalog.ts";
import {
	looksLikeInsiktDefinitions,
	parseInsiktDefinitions,
} from "../formats/insiktDefinitions.ts";
import { looksLikeInsiktLong, parseInsiktLong } from "../formats/insiktLong.ts";
import { looksLikeInsiktWide, parseInsiktWide } from "../formats/insiktWide.ts";
import { createKpiMap, type KoladaKpi } from "../formats/kolada/koladaKpis.ts";
import { parseKoladaJson } from "../formats/kolada/parseKoladaJson.ts";
import {
	looksLikeMunicipalityList,
	parseMunicipalityList,
} from "../formats/municipalities.ts";
import type { ParseContext } from "../formats/parseContext.ts";
import {
	looksLikeSnFactorDefinitions,
	parseSnFactorDefinitions,
} from "../formats/snFactorDefinitions.ts";
import { looksLikeSnFactors, parseSnFactors } from "../formats/snFactors.ts";
import {
	looksLikeSnRankingLong,
	looksLikeSnSurveyLong,
	parseSnRankingLong,
} from "../formats/snRankingLong.ts";
import {
	looksLikeSnRankingWide,
	parseSnRankingWide,
} from "../formats/snRankingWide.ts";
import {
	looksLikeSnStatistics,
	parseSnStatistics,
} from "../formats/snStatistics.ts";
import { decodeText } from "../table/decodeText.ts";
import { createMunicipalityMatcher } from "../table/municipalityMatcher.ts";
import { readDelimited, type TableRecord } from "../table/readDelimited.ts";
import { readWorkbook, type SheetTable } from "../table/readWorkbook.ts";
import { applyImport, type Clock, type ImportOutcome } from "./applyImport.ts";

export interface ImportRequest {
	fileName: string;
	bytes: Uint8Array;
	/** Forces the format; detected from the header row when absent. */
	source?: ImportSource;
	options: ImportOptions;
	/** .xlsx only: the workbook's sheets, as readWorkbook returns them (importFileAsync reads them). */
	sheets?: SheetTable[];
	/** Factor definitions from a definitions file imported together with this one (sn-factors). */
	pairedFactorDefinitions?: SnFactorRow[];
	/** A saved Kolada /v3/kpi response, whose titles say what each KPI measures (kolada). */
	koladaKpis?: KoladaKpi[];
	onProgress?: ProgressListener;
}

export type ImportResult =
	| { ok: false; fileName: string; parsed: ParsedImport; format?: string }
	| {
			ok: true;
			fileName: string;
			parsed: ParsedImport;
			outcome: ImportOutcome;
			/** The detected layout, e.g. "sn-ranking (wide)", and where it was read (sheet, encoding). */
			format?: string;
	  };

interface Format {
	name: string;
	source: ImportSource;
	looksLike(header: string[]): boolean;
	parse(records: TableRecord[], context: ParseContext): ParsedImport;
}

/** Most specific first: e.g. a factor file also has the long ranking's År, Kommun and Placering. */
const FORMATS: Format[] = [
	{
		name: "municipalities",
		source: "municipalities",
		looksLike: looksLikeMunicipalityList,
		parse: (records) => parseMunicipalityList(records),
	},
	{
		name: "sn-factor-definitions",
		source: "sn-factor-definitions",
		looksLike: looksLikeSnFactorDefinitions,
		parse: parseSnFactorDefinitions,
	},
	{
		name: "insikt-definitions",
		source: "insikt-definitions",
		looksLike: looksLikeInsiktDefinitions,
		parse: parseInsiktDefinitions,
	},
	{
		name: "sn-factors",
		source: "sn-factors",
		looksLike: looksLikeSnFactors,
		parse: parseSnFactors,
	},
	{
		name: "insikt (long)",
		source: "insikt",
		looksLike: looksLikeInsiktLong,
		parse: parseInsiktLong,
	},
	{
		name: "sn-statistics",
		source: "sn-statistics",
		looksLike: looksLikeSnStatistics,
		parse: parseSnStatistics,
	},
	{
		name: "sn-ranking (long)",
		source: "sn-ranking",
		looksLike: looksLikeSnRankingLong,
		parse: parseSnRankingLong,
	},
	{
		name: "sn-survey (long)",
		source: "sn-survey",
		looksLike: looksLikeSnSurveyLong,
		parse: parseSnRankingLong,
	},
	{
		name: "insikt (wide)",
		source: "insikt",
		looksLike: looksLikeInsiktWide,
		parse: parseInsiktWide,
	},
	{
		name: "sn-ranking (wide)",
		source: "sn-ranking",
		looksLike: looksLikeSnRankingWide,
		parse: parseSnRankingWide,
	},
];

/** The table layouts the importer reads, for messages and documentation. */
export const FORMAT_NAMES = [...FORMATS.map((f) => f.name), "kolada (json)"];

function detectFormat(
	records: TableRecord[],
	forced: ImportSource | undefined,
): Format | string {
	const candidates = forced
		? FORMATS.filter((format) => format.source === forced)
		: FORMATS;
	if (candidates.length === 0)
		return `the format ${forced} is not a table format (kolada reads Kolada's JSON responses)`;
	for (const record of records.slice(0, 30)) {
		const format = candidates.find((candidate) =>
			candidate.looksLike(record.cells),
		);
		if (format) return format;
	}
	// A forced source whose header is not found: its parser says what it looked for.
	if (forced) return candidates[0] ?? FORMATS[0] ?? "no formats";
	return `could not tell the format from the headers; expected one of: ${FORMAT_NAMES.join(", ")} (or name the format: --source on the command line, "source" in an upload)`;
}

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
	request: ImportRequest,
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
		koladaKpis: () => createKpiMap(request.koladaKpis ?? null),
		onProgress: request.onProgress,
	};
}

function refused(
	fileName: string,
	source: ImportSource,
	issue: ImportIssue,
): ImportResult {
	const parsed = emptyParsedImport(source);
	parsed.errors.push(issue);
	return { ok: false, fileName, parsed };
}

/** Parses, validates and (unless it is a dry run or has errors) writes one file in one transaction. */
export function importFile(
	db: Db,
	request: ImportRequest,
	clock: Clock,
): ImportResult {
	const fileName = basename(request.fileName);
	const context = createContext(db, request, clock);
	const read = request.sheets
		? parseWorkbook(request.sheets, request.source, context)
		: parseBytes(request, context);
	if ("issue" in read)
		return refused(fileName, request.source ?? "sn-ranking", read.issue);
	const { parsed, format } = read;
	if (parsed.errors.length > 0) return { ok: false, fileName, parsed, format };
	const outcome = applyImport(
		db,
		parsed,
		{ fileName, sha256: sha256Of(request.bytes) },
		request.options,
		clock,
		request.onProgress,
	);
	return { ok: true, fileName, parsed, outcome, format };
}

/** importFile, reading an .xlsx workbook first (exceljs reads asynchronously); any other file as is. */
export async function importFileAsync(
	db: Db,
	request: ImportRequest,
	clock: Clock,
): Promise<ImportResult> {
	if (request.sheets || !isZip(request.bytes))
		return importFile(db, request, clock);
	const workbook = await readWorkbook(request.bytes);
	if (!workbook.ok)
		return refused(basename(request.fileName), request.source ?? "sn-ranking", {
			line: 1,
			column: 1,
			message: workbook.message,
		});
	return importFile(db, { ...request, sheets: workbook.sheets }, clock);
}

type Read = { parsed: ParsedImport; format: string } | { issue: ImportIssue };

function parseBytes(request: ImportRequest, context: ParseContext): Read {
	if (isZip(request.bytes))
		return {
			issue: {
				line: 1,
				column: 1,
				message:
					"this is an .xlsx workbook: read it with importFileAsync (npm run import does)",
			},
		};
	const { text, encoding } = decodeText(request.bytes);
	if (request.source === "kolada" || isJson(request.fileName, text)) {
		if (request.source !== undefined && request.source !== "kolada")
			return {
				issue: {
					line: 1,
					column: 1,
					message: `the format ${request.source} reads tables; this is a JSON file (Kolada)`,
				},
			};
		const kpis = context.koladaKpis?.() ?? createKpiMap(null);
		return {
			parsed: parseKoladaJson(text, context, kpis),
			format: "kolada (json)",
		};
	}
	const { records, delimiter } = readDelimited(text);
	const format = detectFormat(records, request.source);
	if (typeof format === "string")
		return {
			issue: { line: records[0]?.line ?? 1, column: 1, message: format },
		};
	const parsed = format.parse(records, context);
	noteForcedSource(parsed, request.source);
	return {
		parsed,
		format: `${format.name}, ${encoding}, "${delimiter === "\t" ? "\\t" : delimiter}"-separated`,
	};
}

function parseWorkbook(
	sheets: SheetTable[],
	forced: ImportSource | undefined,
	context: ParseContext,
): Read {
	const skipped: string[] = [];
	for (const sheet of sheets) {
		if (sheet.records.length === 0) continue;
		const format = detectFormat(sheet.records, forced);
		if (typeof format === "string") {
			skipped.push(sheet.name);
			continue;
		}
		const parsed = format.parse(sheet.records, context);
		noteForcedSource(parsed, forced);
		for (const other of sheets)
			if (other !== sheet && other.records.length > 0)
				parsed.warnings.push({
					message: `sheet "${other.name}" was not read (one sheet per import; this file's table is on "${sheet.name}")`,
				});
		return { parsed, format: `${format.name}, sheet "${sheet.name}"` };
	}
	const first = sheets[0]?.name ?? "Sheet1";
	return {
		issue: {
			line: 1,
			column: 1,
			sheet: first,
			cell: "A1",
			message: `no sheet has a header this importer knows (${skipped.map((name) => `"${name}"`).join(", ") || "the workbook is empty"}); expected one of: ${FORMAT_NAMES.join(", ")}`,
		},
	};
}

/** A long SN file's columns decide ranking versus survey; say so when that differs from --source. */
function noteForcedSource(
	parsed: ParsedImport,
	forced: ImportSource | undefined,
): void {
	if (forced && parsed.source !== forced)
		parsed.warnings.push({
			message: `the format ${forced} was asked for, but the columns make this a ${parsed.source} file (${parsed.source === "sn-survey" ? "no Placering column" : "it has a Placering column"}); imported as ${parsed.source}`,
		});
}

/** The source a text file's headers point to, without parsing it (the CLI orders definitions first). */
export function sniffSource(request: {
	fileName: string;
	bytes: Uint8Array;
}): ImportSource | null {
	if (isZip(request.bytes)) return null;
	const { text } = decodeText(request.bytes.subarray(0, 64 * 1024));
	if (isJson(request.fileName, text)) return "kolada";
	const format = detectFormat(readDelimited(text).records, undefined);
	return typeof format === "string" ? null : format.source;
}
