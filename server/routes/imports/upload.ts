import type { Multipart } from "@fastify/multipart";
import type { FastifyRequest } from "fastify";
import { IMPORT_SOURCES, type ImportSource } from "../../../domain/ids.ts";
import {
	formatIssue,
	type ImportIssue,
	type ParsedImport,
} from "../../../domain/importRows.ts";
import {
	type Clock,
	countRows,
} from "../../../importers/pipeline/applyImport.ts";
import type { ImportResult } from "../../../importers/pipeline/importFile.ts";
import { apiError } from "../../plugins/errors.ts";
import type { ApiError } from "../../schemas/errors.ts";
import type {
	ImportChanges,
	UploadIssue,
	UploadRefusal,
	UploadResult,
	UploadYear,
} from "../../schemas/imports.ts";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const UPLOAD_FIELD = "file";

export type { Clock };

/**
 * The uploaded file's name as a label for the import history: the last path segment, letters,
 * digits and a few punctuation marks only, at most 120 characters. Never used as a path.
 */
export function uploadLabel(fileName: string | undefined): string {
	const last = (fileName ?? "").split(/[\\/]/).pop() ?? "";
	const cleaned = last
		.normalize("NFC")
		.replace(/[^\p{L}\p{N} ._()+-]/gu, "_")
		.replace(/^[.\s]+/, "")
		.trim()
		.slice(0, 120);
	return cleaned === "" ? "upload" : cleaned;
}

export interface Upload {
	bytes: Buffer;
	fileName: string;
	fields: Map<string, string>;
}

/** Reads the multipart body: one file in the field "file" and any number of small text fields. */
export async function readUpload(
	parts: AsyncIterableIterator<Multipart>,
): Promise<Upload | ApiError> {
	let file: { bytes: Buffer; fileName: string } | null = null;
	let unexpected: string | null = null;
	const fields = new Map<string, string>();
	for await (const part of parts) {
		if (part.type === "file") {
			if (part.fieldname !== UPLOAD_FIELD || file !== null) {
				unexpected = part.fieldname;
				part.file.resume();
				continue;
			}
			file = { bytes: await part.toBuffer(), fileName: part.filename };
		} else {
			fields.set(part.fieldname, String(part.value));
		}
	}
	if (unexpected !== null)
		return apiError(
			400,
			"bad_request",
			`Send exactly one file, in the multipart field "${UPLOAD_FIELD}" (got an extra file in "${unexpected}").`,
		);
	if (file === null)
		return apiError(
			400,
			"bad_request",
			`Attach the file in the multipart field "${UPLOAD_FIELD}".`,
		);
	return { ...file, fields };
}

/**
 * The multipart upload of a request, or the 4xx to answer: 415 when the body is not
 * multipart/form-data, 400 or 413 for what can go wrong reading it.
 */
export async function receiveUpload(
	request: FastifyRequest,
): Promise<Upload | ApiError> {
	if (!request.isMultipart())
		return apiError(
			415,
			"unsupported_media_type",
			`Send the file as multipart/form-data in the field "${UPLOAD_FIELD}".`,
		);
	return readUpload(request.parts()).catch(describeUploadError);
}

interface MultipartErrorLike {
	code?: unknown;
	statusCode?: unknown;
}

/** Turns what can go wrong while reading a multipart body into a 4xx a person can act on. */
export function describeUploadError(error: unknown): ApiError {
	const { code } = (error ?? {}) as MultipartErrorLike;
	if (
		code === "FST_REQ_FILE_TOO_LARGE" ||
		code === "FST_ERR_CTP_BODY_TOO_LARGE"
	)
		return apiError(
			413,
			"payload_too_large",
			`The file is larger than the upload limit of ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. Split it by year, or use \`npm run import\` on the server.`,
		);
	if (code === "FST_FILES_LIMIT")
		return apiError(
			400,
			"bad_request",
			`Send exactly one file, in the multipart field "${UPLOAD_FIELD}".`,
		);
	if (code === "FST_PARTS_LIMIT" || code === "FST_FIELDS_LIMIT")
		return apiError(
			413,
			"payload_too_large",
			"The form has too many fields. Send the file, and optionally dryRun, replaceYears and source.",
		);
	return apiError(
		400,
		"bad_request",
		'The body is not valid multipart/form-data. Send the file as a form upload in the field "file".',
	);
}

export interface UploadSettings {
	dryRun: boolean;
	replaceYears: boolean;
	source: ImportSource | undefined;
}

const TRUE_WORDS = new Set(["true", "1", "on", "yes"]);
const FALSE_WORDS = new Set(["false", "0", "off", "no", ""]);

/** A yes/no form field, or the query's value when the form does not have it. */
function booleanField(
	fields: Map<string, string>,
	name: string,
	fallback: boolean,
): boolean | ApiError {
	const field = fields.get(name)?.trim().toLowerCase();
	if (field === undefined) return fallback;
	if (TRUE_WORDS.has(field)) return true;
	if (FALSE_WORDS.has(field)) return false;
	return apiError(
		400,
		"bad_request",
		`The field "${name}" must be true or false.`,
	);
}

/** dryRun, replaceYears and source from the form fields, falling back to the query string. */
export function uploadSettings(
	fields: Map<string, string>,
	query: { dryRun: boolean; replaceYears: boolean; source?: ImportSource },
): UploadSettings | ApiError {
	const dryRun = booleanField(fields, "dryRun", query.dryRun);
	if (typeof dryRun !== "boolean") return dryRun;
	const replaceYears = booleanField(fields, "replaceYears", query.replaceYears);
	if (typeof replaceYears !== "boolean") return replaceYears;
	let source = query.source;
	const sourceField = fields.get("source")?.trim();
	if (sourceField !== undefined && sourceField !== "") {
		source = IMPORT_SOURCES.find((candidate) => candidate === sourceField);
		if (source === undefined)
			return apiError(
				400,
				"bad_request",
				`The field "source" must be one of ${IMPORT_SOURCES.join(", ")}.`,
			);
	}
	return { dryRun, replaceYears, source };
}

/**
 * A file of bad rows can hold a problem per cell; the answer carries the first ones and the
 * totals, so neither the answer nor the page grows with the file.
 */
export const MAX_ISSUES_SENT = 200;

function toUploadIssue(fileName: string, issue: ImportIssue): UploadIssue {
	const { code, params, header, value, sheet, cell } = issue;
	return {
		line: issue.line ?? null,
		column: issue.column ?? null,
		message: issue.message,
		formatted: formatIssue(fileName, issue),
		...(code === undefined ? {} : { code, params: { ...params } }),
		...(header === undefined ? {} : { header }),
		...(value === undefined ? {} : { value }),
		...(sheet === undefined ? {} : { sheet }),
		...(cell === undefined ? {} : { cell }),
	};
}

const NO_CHANGES: ImportChanges = {
	added: 0,
	changed: 0,
	removed: 0,
	conflicts: { total: 0, items: [] },
	removals: { total: 0, items: [] },
};

function yearsOf(parsed: ParsedImport): UploadYear[] {
	const counts = new Map<number, number>();
	for (const row of [
		...parsed.snResults,
		...parsed.snFactors,
		...parsed.insiktResults,
	])
		counts.set(row.year, (counts.get(row.year) ?? 0) + 1);
	return [...counts]
		.sort(([a], [b]) => a - b)
		.map(([year, incoming]) => ({
			year,
			incoming,
			added: 0,
			changed: 0,
			removed: 0,
			replaced: 0,
		}));
}

/** The answer to an upload: the importer's own summary, with every issue as data and as a line. */
export function summarizeImport(
	result: ImportResult,
	sha256: string,
	replaceYears: boolean,
): UploadResult {
	const { parsed, fileName } = result;
	const omitted = result.ok ? undefined : result.omittedIssues;
	const base = {
		fileName,
		source: parsed.source,
		sha256,
		replaceYears,
		warnings: parsed.warnings
			.slice(0, MAX_ISSUES_SENT)
			.map((issue) => toUploadIssue(fileName, issue)),
		errors: parsed.errors
			.slice(0, MAX_ISSUES_SENT)
			.map((issue) => toUploadIssue(fileName, issue)),
		// A worker sends a refused file's first issues only, and how many it left out.
		warningCount: parsed.warnings.length + (omitted?.warnings ?? 0),
		errorCount: parsed.errors.length + (omitted?.errors ?? 0),
	};
	if (!result.ok)
		return {
			...base,
			outcome: "refused",
			runId: null,
			rows: countRows(parsed),
			years: yearsOf(parsed),
			changes: NO_CHANGES,
		};
	const { outcome } = result;
	if (outcome.status === "unchanged")
		return {
			...base,
			outcome: "unchanged",
			runId: outcome.runId,
			rows: countRows(parsed),
			years: yearsOf(parsed),
			changes: NO_CHANGES,
		};
	return {
		...base,
		outcome: outcome.status,
		runId: outcome.runId,
		rows: outcome.rows,
		years: outcome.years,
		changes: outcome.changes,
	};
}

export function refusal(summary: UploadResult): UploadRefusal {
	const count = summary.errorCount;
	return {
		...apiError(
			422,
			"import_refused",
			`${summary.fileName} was refused with ${count} error${count === 1 ? "" : "s"}; nothing was written. Fix the lines listed in "errors" and upload it again.`,
		),
		...summary,
	};
}
