import { FORMAT } from "../i18n/format.ts";
import { defineMessages } from "../i18n/messages.ts";

const sv = FORMAT.sv;
const en = FORMAT.en;

/** The chart frame's tools, the legend entries several charts share, and the PNG export's words. */
export const CHART_MESSAGES = defineMessages({
	sv: {
		showTable: "Visa tabell",
		showChart: "Visa diagram",
		downloadPng: "PNG",
		downloadCsv: "CSV",
		downloadPngLabel: (title: string) => `Ladda ner ${title} som bild (PNG)`,
		downloadCsvLabel: (title: string) => `Ladda ner ${title} som tabell (CSV)`,
		pngNeedsChart: "Visa diagrammet för att ladda ner en bild",
		tools: "Diagramverktyg",
		source: "Källa",
		published: "Publicerad",
		publishedOrImported: "Publicerad eller importerad",
		synthetic: "Exempeldata (syntetisk)",
		top10: "Topp 10",
		national: "Riket",
		othersInGroup: "Övriga i gruppen",
		exampleDataSuffix: " (exempeldata)",
		pngFooterSource: (source: string) => `Källa: ${source}`,
		pngFooterRetrieved: (date: Date) => `Hämtad ${sv.date(date)} från Topp10`,
		pngFooterSynthetic:
			"Exempeldata: diagrammet innehåller syntetiska siffror (ihåliga markeringar), inte publicerade.",
		pngDrawFailed: "Kunde inte rita diagrammet som bild.",
		pngNoCanvas: "Webbläsaren kan inte skapa bilder.",
		pngNoImage: "Ingen bild skapades.",
	},
	en: {
		showTable: "Show table",
		showChart: "Show chart",
		downloadPng: "PNG",
		downloadCsv: "CSV",
		downloadPngLabel: (title) => `Download ${title} as an image (PNG)`,
		downloadCsvLabel: (title) => `Download ${title} as a table (CSV)`,
		pngNeedsChart: "Show the chart to download an image",
		tools: "Chart tools",
		source: "Source",
		published: "Published",
		publishedOrImported: "Published or imported",
		synthetic: "Example data (synthetic)",
		top10: "Top 10",
		national: "National",
		othersInGroup: "Others in the group",
		exampleDataSuffix: " (example data)",
		pngFooterSource: (source) => `Source: ${source}`,
		pngFooterRetrieved: (date) => `Retrieved ${en.date(date)} from Topp10`,
		pngFooterSynthetic:
			"Example data: the chart contains synthetic figures (hollow marks), not published ones.",
		pngDrawFailed: "Could not draw the chart as an image.",
		pngNoCanvas: "The browser cannot create images.",
		pngNoImage: "No image was created.",
	},
});
