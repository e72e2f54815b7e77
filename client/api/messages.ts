import { FORMAT } from "../i18n/format.ts";
import { defineMessages } from "../i18n/messages.ts";

const sv = FORMAT.sv;
const en = FORMAT.en;

/** What the interface says for the API's error codes (the API itself answers in English). */
export const API_MESSAGES = defineMessages({
	sv: {
		noRanking:
			"Kommunen har ingen placering det valda året. Välj ett annat år.",
		yearNotFound: "Det finns inga data för det valda året. Välj ett annat år.",
		notFound: "Det som efterfrågades finns inte.",
		httpError: (status: number) =>
			`Servern svarade ${sv.num(status)}. Försök igen om en stund.`,
		busy: "Servern är hårt belastad just nu. Försök igen om en stund.",
		offline: "Servern svarar inte. Kontrollera anslutningen och försök igen.",
		yearIncomplete: (
			year: number,
			count: number,
			total: number,
			latest: number | null,
		) =>
			`Rankingen ${sv.year(year)} omfattar ${sv.num(count)} av ${sv.num(total)} kommuner; modellen, dess träffsäkerhet, grannarna och faktorplaceringarna behöver alla.${latest === null ? "" : ` Senaste fullständiga år är ${sv.year(latest)}.`}`,
	},
	en: {
		noRanking:
			"The municipality has no rank in the chosen year. Choose another year.",
		yearNotFound: "There is no data for the chosen year. Choose another year.",
		notFound: "What was asked for does not exist.",
		httpError: (status) =>
			`The server answered ${en.num(status)}. Try again in a moment.`,
		busy: "The server is busy right now. Try again in a moment.",
		offline: "The server does not answer. Check the connection and try again.",
		yearIncomplete: (year, count, total, latest) =>
			`The ${en.year(year)} ranking holds ${en.num(count)} of ${en.num(total)} municipalities; the model, its fit, the neighbours and the factor ranks need all of them.${latest === null ? "" : ` The latest complete year is ${en.year(latest)}.`}`,
	},
});
