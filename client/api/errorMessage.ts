import type { Lang } from "../i18n/format.ts";
import { ApiRequestError } from "./http.ts";
import { API_MESSAGES } from "./messages.ts";

/**
 * The API answers in English for developers; the interface says the common cases in the user's
 * language and keeps the server's words for the rest.
 */
export function errorMessage(error: Error, lang: Lang): string {
	const m = API_MESSAGES[lang];
	if (error instanceof ApiRequestError) {
		switch (error.code) {
			case "no_ranking":
				return m.noRanking;
			case "year_not_found":
				return m.yearNotFound;
			case "not_found":
				return m.notFound;
			case "http_error":
				return m.httpError(error.status);
			case "login_required":
				return m.loginRequired;
			case "session_expired":
				return m.sessionExpired;
			case "forbidden":
				return m.forbidden;
			case "csrf_invalid":
				return m.csrfInvalid;
			case "invalid_credentials":
				return m.invalidCredentials;
			case "rate_limited":
				return m.rateLimited(error.retryAfter);
			case "bad_request":
				return m.badRequest(error.message);
			case "unknown_field":
				return m.unknownField;
			case "title_required":
				return m.titleRequired;
			case "department_required":
				return m.departmentRequired;
			case "due_before_start":
				return m.dueBeforeStart;
			case "invalid_date":
				return m.invalidDate;
			case "unknown_factor":
				return m.unknownFactor;
			case "note_empty":
				return m.noteEmpty;
			case "too_long":
				return m.tooLong;
			case "action_not_found":
				return m.actionNotFound;
			case "edit_conflict":
				return m.editConflict;
			case "action_archived":
				return m.actionArchived;
			case "plan_import_refused":
				return m.planImportRefused;
		}
		if (error.status === 503) return m.busy;
		return error.message;
	}
	if (error instanceof TypeError) return m.offline;
	return error.message;
}
