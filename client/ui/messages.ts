import { MUNICIPALITY_COUNT } from "../../domain/ids.ts";
import { FORMAT } from "../i18n/format.ts";
import { defineMessages } from "../i18n/messages.ts";

const sv = FORMAT.sv;
const en = FORMAT.en;

/** The words of the generic components: loading and error states, pickers, synthetic marks, history notes. */
export const UI_MESSAGES = defineMessages({
	sv: {
		loading: "Hämtar data…",
		error: (message: string) => `Kunde inte hämta data: ${message}`,
		retry: "Försök igen",
		municipality: "Kommun",
		searchMunicipality: "Sök kommun…",
		year: "År",
		latestYear: (year: number | null) => `senaste (${sv.year(year)})`,
		incompleteOption: (year: number, count: number) =>
			`${sv.year(year)} (ofullständigt, ${sv.num(count)} av ${sv.num(MUNICIPALITY_COUNT)})`,
		incompleteYear: (year: number, count: number, total: number) =>
			`${sv.year(year)} är inte ett fullständigt år: bara ${sv.num(count)} av ${sv.num(total)} kommuner finns, så jämförelser med alla kommuner kan inte göras och inget år räknas som senaste förrän det är fullständigt.`,
		showLatestComplete: (year: number) =>
			`Visa ${sv.year(year)}, senaste fullständiga år`,
		notice: "Obs!",
		syntheticBadge: "Exempeldata",
		syntheticWhat: (what: string) => `Exempeldata: ${what}`,
		syntheticTitle: "Exempeldata (syntetisk)",
		syntheticWhatTitle: (what: string) =>
			`${what.charAt(0).toUpperCase()}${what.slice(1)} är syntetisk exempeldata, inte publicerad`,
		dataAsOf: (ranking: string, insikt: string) =>
			`Data: ranking ${ranking}, Insikt ${insikt} (senaste fullständiga år)`,
		lastImport: (date: string) => `senaste import ${date}`,
		noImportYet: "ingen import ännu",
		syntheticBanner:
			"Sidan visar exempeldata: en del siffror är syntetiska (genererade, inte publicerade). De är märkta Exempeldata och ritas med ihåliga punkter.",
		syntheticReadMore: "Varför?",
		historyShown: (from: number, to: number, earliest: number) =>
			`Visar ${sv.year(from)}–${sv.year(to)}. Äldre år finns från ${sv.year(earliest)}.`,
		historyNoneShown: (from: number, earliest: number) =>
			`Inga år att visa från ${sv.year(from)}. Äldre år finns från ${sv.year(earliest)}.`,
		historyShowAll: "Visa alla år",
	},
	en: {
		loading: "Loading data…",
		error: (message) => `Could not load data: ${message}`,
		retry: "Try again",
		municipality: "Municipality",
		searchMunicipality: "Search municipality…",
		year: "Year",
		latestYear: (year) => `latest (${en.year(year)})`,
		incompleteOption: (year, count) =>
			`${en.year(year)} (incomplete, ${en.num(count)} of ${en.num(MUNICIPALITY_COUNT)})`,
		incompleteYear: (year, count, total) =>
			`${en.year(year)} is not a complete year: only ${en.num(count)} of ${en.num(total)} municipalities ${count === 1 ? "is" : "are"} in it, so comparisons with all municipalities cannot be made, and it does not count as the latest year until it is complete.`,
		showLatestComplete: (year) =>
			`Show ${en.year(year)}, the latest complete year`,
		notice: "Note:",
		syntheticBadge: "Example data",
		syntheticWhat: (what) => `Example data: ${what}`,
		syntheticTitle: "Example data (synthetic)",
		syntheticWhatTitle: (what) =>
			`The ${what} is synthetic example data, not published`,
		dataAsOf: (ranking, insikt) =>
			`Data: ranking ${ranking}, Insikt ${insikt} (latest complete years)`,
		lastImport: (date) => `last import ${date}`,
		noImportYet: "no import yet",
		syntheticBanner:
			"This page shows example data: some figures are synthetic (generated, not published). They are marked Example data and drawn as hollow dots.",
		syntheticReadMore: "Why?",
		historyShown: (from, to, earliest) =>
			`Showing ${en.year(from)}–${en.year(to)}. Older years exist from ${en.year(earliest)}.`,
		historyNoneShown: (from, earliest) =>
			`No years to show from ${en.year(from)}. Older years exist from ${en.year(earliest)}.`,
		historyShowAll: "Show all years",
	},
});
