import { FORMAT } from "../../i18n/format.ts";
import { defineMessages } from "../../i18n/messages.ts";

const sv = FORMAT.sv;
const en = FORMAT.en;

/** Rapport: the printable A4 status report. */
export const REPORT_MESSAGES = defineMessages({
	sv: {
		heading: (name: string, year: number) =>
			`Statusrapport: företagsklimatet i ${name} ${sv.year(year)}`,
		noReport: (name: string) =>
			`Ingen rapport kan göras: ${name} har ingen placering.`,
		print: "Skriv ut / spara som PDF",
		printHint: "A4, stående. Diagrammen delas aldrig mellan sidor.",
		meta: (date: Date, county: string, code: string) =>
			`Datum: ${sv.date(date)} · ${county} · Kommunkod ${code} · Topp10`,
		syntheticNote:
			"Exempeldata: rapporten innehåller syntetiska siffror (genererade, inte publicerade). De är märkta Exempeldata och ritas med ihåliga punkter.",
		summary: "Sammanfattning",
		sourcesTitle: "Källor och ursprung",
		sourceSn:
			"Svenskt Näringsliv, Lokalt företagsklimat (foretagsklimat.se): ranking och enkätresultat.",
		sourceInsikt:
			"SKR Insikt via Kolada (Källa: Kolada): NKI per myndighetsområde.",
		sourceTopp10:
			"Trend, prognos, gap per faktor och modellerad placering: Topp10:s egna beräkningar. Modellen är inte Svenskt Näringslivs metod, som inte är publicerad; dess träffsäkerhet redovisas vid varje resultat.",
		provenanceMixed:
			"Ursprung: rapporten blandar publicerade siffror med syntetiska exempeldata. Syntetiska siffror är genererade (seedat, reproducerbart) för att fylla luckor där ingen öppen tabell finns, och är märkta Exempeldata. De får inte citeras som Svenskt Näringslivs eller SKR:s resultat.",
		provenancePublished:
			"Ursprung: alla siffror i rapporten är publicerade eller importerade från källfiler.",
		partsMissing: "Delar saknas i rapporten: ",
		footer: (name: string, year: number, date: Date) =>
			`${name} ${sv.year(year)} · ${sv.date(date)}`,
		pageWarning:
			"EXEMPELDATA – rapporten innehåller syntetiska siffror, inte publicerade",
		pageNumber: '"Sida " counter(page) " av " counter(pages)',
	},
	en: {
		heading: (name, year) =>
			`Status report: the business climate in ${name} ${en.year(year)}`,
		noReport: (name) => `No report can be made: ${name} has no rank.`,
		print: "Print / save as PDF",
		printHint: "A4, portrait. Charts are never split across pages.",
		meta: (date, county, code) =>
			`Date: ${en.date(date)} · ${county} · Municipality code ${code} · Topp10`,
		syntheticNote:
			"Example data: the report contains synthetic figures (generated, not published). They are marked Example data and drawn as hollow dots.",
		summary: "Summary",
		sourcesTitle: "Sources and provenance",
		sourceSn:
			"Svenskt Näringsliv, Lokalt företagsklimat (foretagsklimat.se): ranking and survey results.",
		sourceInsikt: "SKR Insikt via Kolada (Source: Kolada): NKI per area.",
		sourceTopp10:
			"Trend, projection, gap per factor and modelled rank: Topp10's own calculations. The model is not Svenskt Näringsliv's method, which is unpublished; its fit is stated with every result.",
		provenanceMixed:
			"Provenance: the report mixes published figures with synthetic example data. Synthetic figures are generated (seeded, reproducible) to fill gaps where no open table exists, and are marked Example data. They must not be quoted as Svenskt Näringsliv's or SKR's results.",
		provenancePublished:
			"Provenance: every figure in the report is published or imported from source files.",
		partsMissing: "Parts are missing from the report: ",
		footer: (name, year, date) => `${name} ${en.year(year)} · ${en.date(date)}`,
		pageWarning:
			"EXAMPLE DATA – the report contains synthetic figures, not published ones",
		pageNumber: '"Page " counter(page) " of " counter(pages)',
	},
});
