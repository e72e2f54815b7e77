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
		}
		if (error.status === 503) return m.busy;
		return error.message;
	}
	if (error instanceof TypeError) return m.offline;
	return error.message;
}
