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
		}
		if (error.status === 503) return m.busy;
		return error.message;
	}
	if (error instanceof TypeError) return m.offline;
	return error.message;
}
