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
		syntheticBadge: "Exempeldata",
		syntheticTitle: "Exempeldata (syntetisk)",
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
		syntheticBadge: "Example data",
		syntheticTitle: "Example data (synthetic)",
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
