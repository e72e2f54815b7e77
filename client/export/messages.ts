import { FORMAT } from "../i18n/format.ts";
import { defineMessages } from "../i18n/messages.ts";

/** The words of the metadata block above an exported table and of the provenance columns. */
export const EXPORT_MESSAGES = defineMessages({
	sv: {
		municipality: "Kommun",
		year: "År",
		source: "Källa",
		downloaded: "Hämtad",
		downloadedFrom: (date: Date) => `${FORMAT.sv.date(date)} från Topp10`,
		synthetic: "Exempeldata",
		syntheticNote:
			"Tabellen innehåller syntetiska värden (exempeldata), inte publicerade siffror. Kolumnerna märkta (ursprung) visar vilka värden det gäller. I Excel är de kursiva på gul botten.",
		provenanceOf: (label: string) => `${label} (ursprung)`,
		sheetName: "Tabell",
		csv: "CSV",
		xlsx: "XLSX",
	},
	en: {
		municipality: "Municipality",
		year: "Year",
		source: "Source",
		downloaded: "Downloaded",
		downloadedFrom: (date) => `${FORMAT.en.date(date)} from Topp10`,
		synthetic: "Example data",
		syntheticNote:
			"The table contains synthetic values (example data), not published figures. The columns marked (provenance) say which values. In Excel they are italic on a yellow background.",
		provenanceOf: (label) => `${label} (provenance)`,
		sheetName: "Table",
		csv: "CSV",
		xlsx: "XLSX",
	},
});
