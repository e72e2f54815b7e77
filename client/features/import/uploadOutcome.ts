import { IMPORT_SOURCES } from "../../../domain/ids.ts";
import type {
	UploadRefusal,
	UploadResult,
} from "../../../server/schemas/imports.ts";
import type { Lang } from "../../i18n/format.ts";
import { IMPORT_MESSAGES } from "./messages.ts";

/** The server's limit (server/routes/imports/upload.ts MAX_UPLOAD_BYTES). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** The formats a file can be forced to, in the order the form offers them. */
export const IMPORT_SOURCE_IDS = IMPORT_SOURCES;

/** The server stopped reading the file: it needed more memory or time than an upload may take. */
const TOO_DEMANDING = new Set(["import_out_of_memory", "import_timed_out"]);

/** What to tell a person for each way an upload can fail, in their language. */
export function uploadErrorMessage(
	status: number,
	serverMessage: string,
	lang: Lang,
	code = "",
): string {
	const m = IMPORT_MESSAGES[lang].errors;
	if (TOO_DEMANDING.has(code)) return m.tooDemanding;
	switch (status) {
		case 401:
		case 403:
		case 415:
		case 422:
		case 429:
		case 503:
			return m[status];
		case 413:
			return m[413](MAX_UPLOAD_BYTES / 1024 / 1024);
		default:
			return m.other(serverMessage);
	}
}

/** A refused import answers 422 with the same summary as a dry run, plus the error. */
export function refusalSummary(body: unknown): UploadResult | null {
	if (typeof body !== "object" || body === null) return null;
	const candidate = body as Partial<UploadRefusal>;
	return Array.isArray(candidate.errors) &&
		Array.isArray(candidate.years) &&
		typeof candidate.outcome === "string"
		? (candidate as UploadRefusal)
		: null;
}

/** The sentence under the preview, per outcome. */
export function outcomeMessage(result: UploadResult, lang: Lang): string {
	const m = IMPORT_MESSAGES[lang].outcome;
	const years = result.years.map((y) => y.year).join(", ");
	switch (result.outcome) {
		case "dry-run":
			return m["dry-run"](result.rows, years);
		case "imported":
			return m.imported(result.rows, years);
		case "unchanged":
			return m.unchanged;
		case "refused":
			return m.refused(result.errors.length);
	}
}

/** The readable name of an import format; an unknown source is shown as its id. */
export function sourceLabel(source: string, lang: Lang): string {
	const labels: Partial<Record<string, string>> = IMPORT_MESSAGES[lang].sources;
	return labels[source] ?? source;
}
