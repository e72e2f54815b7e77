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
		loginRequired: "Du behöver logga in för att göra det.",
		sessionExpired: "Din inloggning har gått ut. Logga in igen.",
		forbidden: "Ditt konto har inte behörighet att göra det.",
		csrfInvalid:
			"Sidan och inloggningen är ur takt. Ladda om sidan och försök igen.",
		invalidCredentials: "Fel namn eller lösenord.",
		rateLimited: (seconds: number | null) =>
			seconds === null
				? "För många försök. Vänta en stund och försök igen."
				: `För många försök. Försök igen om ${sv.count(seconds, "sekund", "sekunder")}.`,
		badRequest: (detail: string) =>
			`Något i det som skickades är inte ifyllt rätt (servern: ${detail}).`,
		unknownField: "Formuläret skickade ett fält som servern inte känner till.",
		titleRequired: "Skriv en rubrik för åtgärden.",
		departmentRequired: "Ange vilken förvaltning som ansvarar.",
		dueBeforeStart: "Slutdatumet ligger före startdatumet.",
		invalidDate: "Skriv datumet som ÅÅÅÅ-MM-DD, ett datum som finns.",
		unknownFactor: "En av de valda faktorerna finns inte i rankningen.",
		noteEmpty: "Skriv något i anteckningen.",
		tooLong: "Texten är för lång.",
		actionNotFound: "Åtgärden finns inte (längre).",
		editConflict:
			"Någon annan har ändrat åtgärden sedan du öppnade den. Läs in den igen och gör om ändringen.",
		actionArchived:
			"Åtgärden är arkiverad. Återställ den först om den ska ändras.",
		planImportRefused:
			"Filen avvisades: inget är ändrat. Rätta cellerna nedan och försök igen.",
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
		loginRequired: "You need to log in to do that.",
		sessionExpired: "Your login has ended. Log in again.",
		forbidden: "Your account is not allowed to do that.",
		csrfInvalid:
			"The page and the login are out of step. Reload the page and try again.",
		invalidCredentials: "Wrong name or password.",
		rateLimited: (seconds) =>
			seconds === null
				? "Too many attempts. Wait a while and try again."
				: `Too many attempts. Try again in ${en.count(seconds, "second", "seconds")}.`,
		badRequest: (detail) =>
			`Something in what was sent is not filled in correctly (the server: ${detail}).`,
		unknownField: "The form sent a field the server does not know.",
		titleRequired: "Write a title for the action.",
		departmentRequired: "Say which department is responsible.",
		dueBeforeStart: "The due date is before the start date.",
		invalidDate: "Write the date as YYYY-MM-DD, a date that exists.",
		unknownFactor: "One of the chosen factors is not in the ranking.",
		noteEmpty: "Write something in the note.",
		tooLong: "The text is too long.",
		actionNotFound: "The action does not exist (any more).",
		editConflict:
			"Someone else has changed the action since you opened it. Load it again and redo the change.",
		actionArchived: "The action is archived. Restore it first to change it.",
		planImportRefused:
			"The file was refused: nothing has changed. Correct the cells below and try again.",
		yearIncomplete: (year, count, total, latest) =>
			`The ${en.year(year)} ranking holds ${en.num(count)} of ${en.num(total)} municipalities; the model, its fit, the neighbours and the factor ranks need all of them.${latest === null ? "" : ` The latest complete year is ${en.year(latest)}.`}`,
	},
});
