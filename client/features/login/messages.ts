import type { UserRole } from "../../../domain/actions.ts";
import { defineMessages } from "../../i18n/messages.ts";

export const LOGIN_MESSAGES = defineMessages({
	sv: {
		heading: "Logga in",
		lead: "Med ett konto kan du ändra handlingsplanen. Konton läggs upp av den som driver Topp10 på servern.",
		privateLead: "Topp10 är privat här: logga in för att se sidorna.",
		name: "Användarnamn",
		password: "Lösenord",
		submit: "Logga in",
		submitting: "Loggar in…",
		errorSummary: "Inloggningen misslyckades:",
		nameMissing: "Skriv ditt användarnamn.",
		passwordMissing: "Skriv ditt lösenord.",
		loggedInAs: (name: string, role: string) =>
			`Du är inloggad som ${name} (${role}).`,
		until: (time: string) => `Inloggningen gäller till ${time}.`,
		logOut: "Logga ut",
		loggedOut: "Du är utloggad.",
		toPlan: "Till handlingsplanen",
		back: "Tillbaka dit du var",
		role: { editor: "redaktör", admin: "administratör" } satisfies Record<
			UserRole,
			string
		>,
	},
	en: {
		heading: "Log in",
		lead: "With an account you can change the action plan. Accounts are added on the server by whoever runs Topp10.",
		privateLead: "Topp10 is private here: log in to see the pages.",
		name: "User name",
		password: "Password",
		submit: "Log in",
		submitting: "Logging in…",
		errorSummary: "The login failed:",
		nameMissing: "Write your user name.",
		passwordMissing: "Write your password.",
		loggedInAs: (name, role) => `You are logged in as ${name} (${role}).`,
		until: (time) => `The login lasts until ${time}.`,
		logOut: "Log out",
		loggedOut: "You are logged out.",
		toPlan: "To the action plan",
		back: "Back to where you were",
		role: { editor: "editor", admin: "administrator" },
	},
});
