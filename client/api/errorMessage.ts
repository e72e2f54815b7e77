import type { Lang } from "../i18n/format.ts";
import { ApiRequestError } from "./http.ts";

/**
 * The API answers in English for developers; the interface says the common cases in the user's
 * language and keeps the server's words for the rest.
 */
export function errorMessage(error: Error, lang: Lang): string {
	const sv = lang === "sv";
	if (error instanceof ApiRequestError) {
		switch (error.code) {
			case "no_ranking":
				return sv
					? "Kommunen har ingen placering det valda året. Välj ett annat år."
					: "The municipality has no rank in the chosen year. Choose another year.";
			case "year_not_found":
				return sv
					? "Det finns inga data för det valda året. Välj ett annat år."
					: "There is no data for the chosen year. Choose another year.";
			case "not_found":
				return sv
					? "Det som efterfrågades finns inte."
					: "What was asked for does not exist.";
			case "http_error":
				return sv
					? `Servern svarade ${error.status}. Försök igen om en stund.`
					: `The server answered ${error.status}. Try again in a moment.`;
		}
		if (error.status === 503)
			return sv
				? "Servern är hårt belastad just nu. Försök igen om en stund."
				: "The server is busy right now. Try again in a moment.";
		return error.message;
	}
	if (error instanceof TypeError)
		return sv
			? "Servern svarar inte. Kontrollera anslutningen och försök igen."
			: "The server does not answer. Check the connection and try again.";
	return error.message;
}
