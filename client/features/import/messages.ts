import type { ImportSource } from "../../../domain/ids.ts";
import { FORMAT } from "../../i18n/format.ts";
import { defineMessages } from "../../i18n/messages.ts";

const sv = FORMAT.sv;
const en = FORMAT.en;

/** Import: the upload form, the preview, what happened, and the history of runs. */
export const IMPORT_MESSAGES = defineMessages({
	sv: {
		heading: "Importera data",
		lead: "Ladda upp en fil från Svenskt Näringsliv, SKR Insikt eller Kolada. Först visas en förhandsgranskning (torrkörning) med rader per år, varningar och fel; inget skrivs förrän du bekräftar. En ny fil för ett år ersätter det året från samma källa, och samma fil två gånger ändrar ingenting.",
		upload: {
			title: "Ladda upp",
			token: "Admin-token",
			tokenHint:
				"Finns bara i den här fliken medan sidan är öppen; sparas aldrig.",
			file: "Fil (CSV eller XLSX)",
			fileSize: (kilobytes: number) => `${sv.num(kilobytes)} kB`,
			format: "Format",
			detect: "Känn igen automatiskt",
			preview: "Förhandsgranska",
			import: "Importera",
			sending: "Skickar…",
		},
		sources: {
			municipalities: "Kommunlista",
			"sn-ranking": "SN ranking (placering)",
			"sn-survey": "SN enkätresultat",
			"sn-statistics": "SN statistik (Statistik.xlsx)",
			"sn-factors": "SN faktorvärden",
			insikt: "SKR Insikt",
			kolada: "Kolada (Insikt)",
			"sn-factor-definitions": "SN faktorlista och vikter",
			"insikt-definitions": "Insikt: områden i NKI totalt",
		} satisfies Record<ImportSource, string>,
		preview: {
			rowsPerYear: "Rader per år",
			year: "År",
			rowsInFile: "Rader i filen",
			rowsReplaced: "Rader som ersätts",
			errors: (count: number) => `Fel (${sv.num(count)})`,
			warnings: (count: number) => `Varningar (${sv.num(count)})`,
		},
		errors: {
			401: "Fel eller saknad admin-token. Skriv in den token servern startades med (TOPP10_ADMIN_TOKEN).",
			403: "Uppladdning är avstängd på den här servern (TOPP10_ADMIN_TOKEN är inte satt). Starta servern med en token, eller importera med npm run import.",
			413: (megabytes: number) =>
				`Filen är för stor: högst ${sv.num(megabytes)} MB. Dela upp den per år, eller importera med npm run import på servern.`,
			415: "Filen skickades i fel form. Försök igen.",
			422: "Filen avvisades: inget har skrivits. Rätta raderna nedan och ladda upp den igen.",
			429: "För många uppladdningar på kort tid. Vänta en minut och försök igen.",
			other: (message: string) => `Uppladdningen misslyckades: ${message}`,
		},
		outcome: {
			"dry-run": (rows: number, years: string) =>
				`Förhandsgranskning: ${sv.count(rows, "rad", "rader")} för ${years || "inga år"}. Inget är skrivet ännu.`,
			imported: (rows: number, years: string) =>
				`Importerat: ${sv.count(rows, "rad", "rader")} för ${years}. Sidorna visar nu de nya siffrorna.`,
			unchanged: "Samma fil är redan importerad; inget ändrades.",
			refused: (errors: number) =>
				`Filen avvisades med ${sv.count(errors, "fel", "fel")}; inget har skrivits.`,
		},
		history: {
			title: "Importhistorik",
			caption: "Importhistorik, nyast först",
			none: "Inga importer ännu.",
			cannotShow: "Historiken kan inte visas: ",
			file: "Fil",
			source: "Källa",
			provenance: "Ursprung",
			years: "År",
			rows: "Rader",
			warnings: "Varningar",
			errors: "Fel",
			status: "Status",
			time: "Tid (UTC)",
			ok: "ok",
			failed: "misslyckad",
		},
	},
	en: {
		heading: "Import data",
		lead: "Upload a file from Svenskt Näringsliv, SKR Insikt or Kolada. First you see a preview (dry run) with rows per year, warnings and errors; nothing is written until you confirm. A new file for a year replaces that year from the same source, and the same file twice changes nothing.",
		upload: {
			title: "Upload",
			token: "Admin token",
			tokenHint: "Kept only in this tab while the page is open; never stored.",
			file: "File (CSV or XLSX)",
			fileSize: (kilobytes) => `${en.num(kilobytes)} kB`,
			format: "Format",
			detect: "Detect automatically",
			preview: "Preview",
			import: "Import",
			sending: "Sending…",
		},
		sources: {
			municipalities: "Municipality list",
			"sn-ranking": "SN ranking (rank)",
			"sn-survey": "SN survey results",
			"sn-statistics": "SN statistics (Statistik.xlsx)",
			"sn-factors": "SN factor values",
			insikt: "SKR Insikt",
			kolada: "Kolada (Insikt)",
			"sn-factor-definitions": "SN factor list and weights",
			"insikt-definitions": "Insikt: areas in NKI total",
		},
		preview: {
			rowsPerYear: "Rows per year",
			year: "Year",
			rowsInFile: "Rows in the file",
			rowsReplaced: "Rows replaced",
			errors: (count) => `Errors (${en.num(count)})`,
			warnings: (count) => `Warnings (${en.num(count)})`,
		},
		errors: {
			401: "Wrong or missing admin token. Type the token the server was started with (TOPP10_ADMIN_TOKEN).",
			403: "Uploads are turned off on this server (TOPP10_ADMIN_TOKEN is not set). Start the server with a token, or import with npm run import.",
			413: (megabytes) =>
				`The file is too large: at most ${en.num(megabytes)} MB. Split it by year, or import with npm run import on the server.`,
			415: "The file was sent in the wrong form. Try again.",
			422: "The file was refused: nothing was written. Fix the lines below and upload it again.",
			429: "Too many uploads in a short time. Wait a minute and try again.",
			other: (message) => `The upload failed: ${message}`,
		},
		outcome: {
			"dry-run": (rows, years) =>
				`Preview: ${en.count(rows, "row", "rows")} for ${years || "no years"}. Nothing is written yet.`,
			imported: (rows, years) =>
				`Imported: ${en.count(rows, "row", "rows")} for ${years}. The pages now show the new figures.`,
			unchanged: "The same file is already imported; nothing changed.",
			refused: (errors) =>
				`The file was refused with ${en.count(errors, "error", "errors")}; nothing was written.`,
		},
		history: {
			title: "Import history",
			caption: "Import history, newest first",
			none: "No imports yet.",
			cannotShow: "The history cannot be shown: ",
			file: "File",
			source: "Source",
			provenance: "Provenance",
			years: "Years",
			rows: "Rows",
			warnings: "Warnings",
			errors: "Errors",
			status: "Status",
			time: "Time (UTC)",
			ok: "ok",
			failed: "failed",
		},
	},
});
