import { createHash } from "node:crypto";
import { basename } from "node:path";
import type { Db } from "../../db/client.ts";
import { listFactorDefinitions } from "../../db/queries/imports/listFactorDefinitions.ts";
import { listMunicipalityNames } from "../../db/queries/imports/listMunicipalityNames.ts";
import type { ImportSource } from "../../domain/ids.ts";
import { formatName } from "../../domain/importIssueText.ts";
import type {
	ImportOptions,
	ParsedImport,
	ProgressListener,
} from "../../domain/importRows.ts";
import type { KoladaKpi } from "../formats/kolada/koladaCatalogue.ts";
import {
	isPartialAnswer,
	parseKoladaFiles,
} from "../formats/kolada/parseKoladaJson.ts";
import type { ParseContext } from "../formats/parseContext.ts";
import { decodeText } from "../table/decodeText.ts";
import { readDelimited } from "../table/readDelimited.ts";
import { applyImport, type Clock, type ImportOutcome } from "./applyImport.ts";
import { detectTable } from "./detectFormat.ts";
import {
	createParseContext,
	type FileParser,
	type IssueCounts,
	isJson,
	isZip,
	type ParsedFile,
	type ParseInputs,
	type ParseRequest,
	parseFile,
	parseFileAsync,
} from "./parseFile.ts";

export interface ImportRequest extends ParseRequest {
	options: ImportOptions;
	onProgress?: ProgressListener;
}

export type ImportResult =
	| {
			ok: false;
			fileName: string;
			/** The file's sha256 (hex), as the run records it. */
			sha256: string;
			parsed: ParsedImport;
			format?: string;
			/** Errors and warnings not in `parsed` (a worker sends the first ones only). */
			omittedIssues?: IssueCounts;
	  }
	| {
			ok: true;
			fileName: string;
			/** The file's sha256 (hex), as the run records it. */
			sha256: string;
			parsed: ParsedImport;
			outcome: ImportOutcome;
			/** The detected layout id and where it was read, e.g. `sn-ranking-wide, utf-8, ";"-separated`. */
			format?: string;
	  };

export function sha256Of(bytes: Uint8Array): string {
	return createHash("sha256").update(bytes).digest("hex");
}

/** The database's part of parsing, read now (the names are cached per list import). */
export function readParseInputs(db: Db, clock: Clock): ParseInputs {
	return {
		municipalities: listMunicipalityNames(db),
		factorDefinitions: () => listFactorDefinitions(db),
		maxYear: new Date(clock()).getUTCFullYear() + 1,
	};
}

function parseRequestOf(request: ImportRequest): ParseRequest {
	const { fileName, bytes, source, sheets } = request;
	return {
		fileName,
		bytes,
		source,
		sheets,
		pairedFactorDefinitions: request.pairedFactorDefinitions,
		koladaKpis: request.koladaKpis,
	};
}

function createContext(
	db: Db,
	request: Pick<
		ImportRequest,
		"pairedFactorDefinitions" | "koladaKpis" | "onProgress"
	>,
	clock: Clock,
): ParseContext {
	return createParseContext(readParseInputs(db, clock), request);
}

/** Parses, validates and (unless it is a dry run or has errors) writes one file in one transaction. */
export function importFile(
	db: Db,
	request: ImportRequest,
	clock: Clock,
): ImportResult {
	return write(
		db,
		parseFile(request, createContext(db, request, clock)),
		fileInfoOf(request),
		request,
		clock,
	);
}

function fileInfoOf(request: ImportRequest): {
	fileName: string;
	sha256: string;
} {
	return {
		fileName: basename(request.fileName),
		sha256: sha256Of(request.bytes),
	};
}

function write(
	db: Db,
	file: ParsedFile,
	info: { fileName: string; sha256: string },
	request: Pick<ImportRequest, "options" | "onProgress">,
	clock: Clock,
): ImportResult {
	const { parsed, format, omittedIssues } = file;
	const described = format ? { format } : {};
	if (parsed.errors.length > 0)
		return {
			ok: false,
			fileName: info.fileName,
			sha256: info.sha256,
			parsed,
			...described,
			...(omittedIssues ? { omittedIssues } : {}),
		};
	// Part of a Kolada answer is not the whole truth for its years: page 2 on its own must not
	// remove what page 1 brought.
	const options: ImportOptions = isPartialAnswer(parsed)
		? { ...request.options, mode: "overlay" }
		: request.options;
	const outcome = applyImport(
		db,
		parsed,
		info,
		options,
		clock,
		request.onProgress,
	);
	return {
		ok: true,
		fileName: info.fileName,
		sha256: info.sha256,
		parsed,
		outcome,
		...described,
	};
}

/**
 * The one entry point for a file of any kind, for the CLI and the API: parses (in this thread,
 * or with `parser` elsewhere), then writes on this connection as importFile does.
 */
export async function importFileAsync(
	db: Db,
	request: ImportRequest,
	clock: Clock,
	parser?: FileParser,
): Promise<ImportResult> {
	const file = parser
		? await parser(parseRequestOf(request), () => readParseInputs(db, clock))
		: await parseFileAsync(request, createContext(db, request, clock));
	return write(db, file, fileInfoOf(request), request, clock);
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
		{ parsed, format: formatName("kolada", "cli") },
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
