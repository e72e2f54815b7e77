import type { ImportSource } from "../../../domain/ids.ts";
import { FORMAT } from "../../i18n/format.ts";
import { defineMessages } from "../../i18n/messages.ts";

const sv = FORMAT.sv;
const en = FORMAT.en;

/** Import: the upload form, the preview, what happened, and the history of runs. */
export const IMPORT_MESSAGES = defineMessages({
	sv: {
		heading: "Importera data",
		lead: 'Ladda upp en fil från Svenskt Näringsliv, SKR Insikt eller Kolada. Först visas en förhandsgranskning (torrkörning) med rader per år, varningar och fel; inget skrivs förrän du bekräftar. En fil skriver bara de siffror den innehåller; det som redan finns för året och som filen saknar tas bort bara om du kryssar i "Ersätt åren". Förhandsgranskningen visar vad som läggs till, ändras och tas bort, och publicerade siffror som filen ändrar. En import kan ångras i historiken.',
		upload: {
			title: "Ladda upp",
			token: "Admin-token",
			tokenHint:
				"Finns bara i den här fliken medan sidan är öppen; sparas aldrig. Inloggad som admin behövs ingen token.",
			signedIn: (name: string) =>
				`Inloggad som ${name} (admin): uppladdning och ångra görs med din inloggning.`,
			file: "Fil (CSV eller XLSX)",
			fileSize: (kilobytes: number) => `${sv.num(kilobytes)} kB`,
			format: "Format",
			detect: "Känn igen automatiskt",
			preview: "Förhandsgranska",
			import: "Importera",
			replaceYears:
				"Ersätt åren: ta bort det som finns för filens år och som filen saknar",
			replaceYearsHint:
				"Utan kryss skrivs bara filens siffror; allt annat lämnas som det är.",
			confirm: (written: number, removed: number, conflicts: number) =>
				`${
					written > 0 && removed > 0
						? `Importera ${sv.count(written, "rad", "rader")} och ta bort ${sv.num(removed)}`
						: removed > 0
							? `Ta bort ${sv.count(removed, "rad", "rader")}`
							: `Importera ${sv.count(written, "rad", "rader")}`
				}${conflicts > 0 ? ` (ändrar ${sv.count(conflicts, "publicerad siffra", "publicerade siffror")})` : ""}`,
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
			added: "Läggs till",
			changed: "Ändras",
			removed: "Tas bort",
			summary: (added: number, changed: number, removed: number) =>
				`Lagrade rader: ${sv.num(added)} läggs till, ${sv.num(changed)} ändras, ${sv.num(removed)} tas bort.`,
			conflicts: (count: number) =>
				`Publicerade siffror som filen ändrar (${sv.num(count)})`,
			removals: (count: number) => `Siffror som tas bort (${sv.num(count)})`,
			listedOf: (shown: number, total: number) =>
				`Visar ${sv.num(shown)} av ${sv.num(total)}.`,
			figure: "Siffra",
			municipality: "Kommun",
			field: "Fält",
			stored: "Nu",
			storedSource: "Källa för nuvarande",
			incoming: "I filen",
			none: "–",
			errors: (count: number) => `Fel (${sv.num(count)})`,
			warnings: (count: number) => `Varningar (${sv.num(count)})`,
			page: (first: number, last: number, total: number) =>
				`${sv.num(first)}–${sv.num(last)} av ${sv.num(total)}`,
			previous: "Föregående",
			next: "Nästa",
			more: (count: number) =>
				`Servern skickade de första; filen har ${sv.num(count)} totalt.`,
		},
		errors: {
			401: "Fel eller saknad admin-token. Skriv in den token servern startades med (TOPP10_ADMIN_TOKEN).",
			403: "Uppladdning är avstängd på den här servern (TOPP10_ADMIN_TOKEN är inte satt). Starta servern med en token, eller importera med npm run import.",
			413: (megabytes: number) =>
				`Filen är för stor: högst ${sv.num(megabytes)} MB. Dela upp den per år, eller importera med npm run import på servern.`,
			415: "Filen skickades i fel form. Försök igen.",
			422: "Filen avvisades: inget har skrivits. Rätta raderna nedan och ladda upp den igen.",
			429: "För många uppladdningar på kort tid. Vänta en minut och försök igen.",
			503: "Servern är upptagen med andra importer just nu; inget har skrivits. Försök igen om en stund.",
			tooDemanding:
				"Filen tog för mycket minne eller tid för servern att läsa; inget har skrivits. Dela upp den per år eller blad och ladda upp delarna, eller importera med npm run import på servern.",
			other: (message: string) => `Uppladdningen misslyckades: ${message}`,
		},
		outcome: {
			"dry-run": (rows: number, years: string) =>
				`Förhandsgranskning: ${sv.count(rows, "rad", "rader")} för ${years || "inga år"}. Inget är skrivet ännu.`,
			imported: (rows: number, years: string) =>
				`Importerat: ${sv.count(rows, "rad", "rader")} för ${years}. Sidorna visar nu de nya siffrorna.`,
			unchanged:
				"Oförändrat: varje siffra i filen finns redan lagrad så som filen säger; inget skrevs.",
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
			undone: (at: string) => `ångrad ${at}`,
			undo: "Ångra",
			undoLabel: (file: string) => `Ångra importen av ${file}`,
			undoNeedsToken:
				"Skriv admin-token ovan, eller logga in som admin, för att ångra.",
			undoDone: (file: string) =>
				`Importen av ${file} är ångrad: siffrorna är som före den.`,
			undoFailed: (message: string) => `Kunde inte ångra: ${message}`,
		},
	},
	en: {
		heading: "Import data",
		lead: 'Upload a file from Svenskt Näringsliv, SKR Insikt or Kolada. First you see a preview (dry run) with rows per year, warnings and errors; nothing is written until you confirm. A file writes only the figures it holds; what is stored for its years and the file lacks is removed only if you tick "Replace the years". The preview shows what is added, changed and removed, and the published figures the file changes. An import can be undone in the history.',
		upload: {
			title: "Upload",
			token: "Admin token",
			tokenHint:
				"Kept only in this tab while the page is open; never stored. Logged in as an admin, no token is needed.",
			signedIn: (name) =>
				`Logged in as ${name} (admin): uploads and undo use your login.`,
			file: "File (CSV or XLSX)",
			fileSize: (kilobytes) => `${en.num(kilobytes)} kB`,
			format: "Format",
			detect: "Detect automatically",
			preview: "Preview",
			import: "Import",
			replaceYears:
				"Replace the years: remove what is stored for the file's years and the file lacks",
			replaceYearsHint:
				"Unticked, only the file's figures are written; everything else stays.",
			confirm: (written, removed, conflicts) =>
				`${
					written > 0 && removed > 0
						? `Import ${en.count(written, "row", "rows")} and remove ${en.num(removed)}`
						: removed > 0
							? `Remove ${en.count(removed, "row", "rows")}`
							: `Import ${en.count(written, "row", "rows")}`
				}${conflicts > 0 ? ` (changes ${en.count(conflicts, "published figure", "published figures")})` : ""}`,
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
			added: "Added",
			changed: "Changed",
			removed: "Removed",
			summary: (added, changed, removed) =>
				`Stored rows: ${en.num(added)} added, ${en.num(changed)} changed, ${en.num(removed)} removed.`,
			conflicts: (count) =>
				`Published figures the file changes (${en.num(count)})`,
			removals: (count) => `Figures removed (${en.num(count)})`,
			listedOf: (shown, total) =>
				`Showing ${en.num(shown)} of ${en.num(total)}.`,
			figure: "Figure",
			municipality: "Municipality",
			field: "Field",
			stored: "Now",
			storedSource: "Source of the stored one",
			incoming: "In the file",
			none: "–",
			errors: (count) => `Errors (${en.num(count)})`,
			warnings: (count) => `Warnings (${en.num(count)})`,
			page: (first, last, total) =>
				`${en.num(first)}–${en.num(last)} of ${en.num(total)}`,
			previous: "Previous",
			next: "Next",
			more: (count) =>
				`The server sent the first ones; the file has ${en.num(count)} in all.`,
		},
		errors: {
			401: "Wrong or missing admin token. Type the token the server was started with (TOPP10_ADMIN_TOKEN).",
			403: "Uploads are turned off on this server (TOPP10_ADMIN_TOKEN is not set). Start the server with a token, or import with npm run import.",
			413: (megabytes) =>
				`The file is too large: at most ${en.num(megabytes)} MB. Split it by year, or import with npm run import on the server.`,
			415: "The file was sent in the wrong form. Try again.",
			422: "The file was refused: nothing was written. Fix the lines below and upload it again.",
			429: "Too many uploads in a short time. Wait a minute and try again.",
			503: "The server is busy with other imports right now; nothing was written. Try again in a moment.",
			tooDemanding:
				"The file took too much memory or time for the server to read; nothing was written. Split it by year or sheet and upload the parts, or import with npm run import on the server.",
			other: (message) => `The upload failed: ${message}`,
		},
		outcome: {
			"dry-run": (rows, years) =>
				`Preview: ${en.count(rows, "row", "rows")} for ${years || "no years"}. Nothing is written yet.`,
			imported: (rows, years) =>
				`Imported: ${en.count(rows, "row", "rows")} for ${years}. The pages now show the new figures.`,
			unchanged:
				"Unchanged: every figure in the file is already stored as the file says; nothing was written.",
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
			undone: (at) => `undone ${at}`,
			undo: "Undo",
			undoLabel: (file) => `Undo the import of ${file}`,
			undoNeedsToken:
				"Type the admin token above, or log in as an admin, to undo.",
			undoDone: (file) =>
				`The import of ${file} is undone: the figures are as before it.`,
			undoFailed: (message) => `Could not undo: ${message}`,
		},
	},
});
