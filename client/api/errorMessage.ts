import type { Lang } from "../i18n/format.ts";
import { ApiRequestError } from "./http.ts";
import { API_MESSAGES } from "./messages.ts";

type ApiMessages = (typeof API_MESSAGES)["sv"];

type PlainKey = {
	[K in keyof ApiMessages]: ApiMessages[K] extends string ? K : never;
}[keyof ApiMessages];

/** The codes whose words need no values. */
const PLAIN_MESSAGES: Partial<Record<string, PlainKey>> = {
	no_ranking: "noRanking",
	year_not_found: "yearNotFound",
	not_found: "notFound",
	login_required: "loginRequired",
	session_expired: "sessionExpired",
	forbidden: "forbidden",
	csrf_invalid: "csrfInvalid",
	invalid_credentials: "invalidCredentials",
	unknown_field: "unknownField",
	title_required: "titleRequired",
	department_required: "departmentRequired",
	due_before_start: "dueBeforeStart",
	invalid_date: "invalidDate",
	unknown_factor: "unknownFactor",
	note_empty: "noteEmpty",
	too_long: "tooLong",
	action_not_found: "actionNotFound",
	edit_conflict: "editConflict",
	action_archived: "actionArchived",
	plan_import_refused: "planImportRefused",
};

/**
 * The API answers in English for developers; the interface says the common cases in the user's
 * language and keeps the server's words for the rest.
 */
export function errorMessage(error: Error, lang: Lang): string {
	const m = API_MESSAGES[lang];
	if (error instanceof ApiRequestError) {
		const plain = PLAIN_MESSAGES[error.code];
		if (plain) return m[plain];
		switch (error.code) {
			case "http_error":
				return m.httpError(error.status);
			case "rate_limited":
				return m.rateLimited(error.retryAfter);
			case "bad_request":
				return m.badRequest(error.message);
			case "year_incomplete":
				return incompleteYearMessage(error, lang);
		}
		if (error.status === 503) return m.busy;
		return error.message;
	}
	if (error instanceof TypeError) return m.offline;
	return error.message;
}

/** True for the API's 409 for a year that does not cover every municipality. */
export function isYearIncomplete(error: Error): boolean {
	return error instanceof ApiRequestError && error.code === "year_incomplete";
}

/**
 * The API's 409 sentence in the interface language. The figures are read from the API's own
 * sentence ("The 2026 ranking holds 3 of 290 municipalities; … The latest complete year is
 * 2025."); should its wording change, the API's sentence is shown as it is.
 */
function incompleteYearMessage(error: ApiRequestError, lang: Lang): string {
	const held = /(\d{4}) ranking holds (\d+) of (\d+)/.exec(error.message);
	if (!held) return error.message;
	const latest = /latest complete year is (\d{4})/.exec(error.message);
	return API_MESSAGES[lang].yearIncomplete(
		Number(held[1]),
		Number(held[2]),
		Number(held[3]),
		latest ? Number(latest[1]) : null,
	);
}
