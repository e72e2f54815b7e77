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
