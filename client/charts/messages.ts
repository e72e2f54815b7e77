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
		// Read after the visible "PNG"/"CSV"/"XLSX", so the button's name starts with what it shows.
		downloadPngLabel: (title: string) => `: ladda ner ${title} som bild`,
		downloadCsvLabel: (title: string) => `: ladda ner ${title} som tabell`,
		downloadXlsx: "XLSX",
		downloadXlsxLabel: (title: string) => `: ladda ner ${title} som kalkylblad`,
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
		downloadPngLabel: (title) => `: download ${title} as an image`,
		downloadCsvLabel: (title) => `: download ${title} as a table`,
		downloadXlsx: "XLSX",
		downloadXlsxLabel: (title) => `: download ${title} as a spreadsheet`,
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
