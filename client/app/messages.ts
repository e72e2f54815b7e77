import { defineMessages } from "../i18n/messages.ts";

/** The shell's words: skip link, header, navigation, footer and the page-level errors. */
export const APP_MESSAGES = defineMessages({
	sv: {
		skipToContent: "Hoppa till innehållet",
		loadingPage: "Laddar sidan…",
		unknownCode: (code: string) =>
			`Kommunkoden ${code} finns inte. Välj en kommun i listan.`,
		notFound: "Sidan finns inte.",
		footer:
			"Källor: Svenskt Näringsliv (Lokalt företagsklimat), SKR Insikt via Kolada. Siffror märkta Exempeldata är syntetiska, inte publicerade.",
		otherLanguage: "In English",
		navLabel: "Sidor",
		logIn: "Logga in",
		logOut: "Logga ut",
		loggedInAs: (name: string) => `Inloggad: ${name}`,
		nav: {
			overview: "Översikt",
			factors: "Faktorer",
			insikt: "Insikt",
			compare: "Jämför",
			rankings: "Rankning",
			actionPlan: "Handlingsplan",
			report: "Rapport",
			import: "Import",
			about: "Om data",
		},
	},
	en: {
		skipToContent: "Skip to content",
		loadingPage: "Loading the page…",
		unknownCode: (code) =>
			`There is no municipality with code ${code}. Pick one from the list.`,
		notFound: "There is no such page.",
		footer:
			"Sources: Svenskt Näringsliv (Lokalt företagsklimat), SKR Insikt via Kolada. Figures marked Example data are synthetic, not published.",
		otherLanguage: "På svenska",
		navLabel: "Pages",
		logIn: "Log in",
		logOut: "Log out",
		loggedInAs: (name) => `Logged in: ${name}`,
		nav: {
			overview: "Overview",
			factors: "Factors",
			insikt: "Insikt",
			compare: "Compare",
			rankings: "Ranking",
			actionPlan: "Action plan",
			report: "Report",
			import: "Import",
			about: "About the data",
		},
	},
});

export type NavKey = keyof (typeof APP_MESSAGES)["sv"]["nav"];
