import type { ImportSource } from "../../../domain/ids.ts";
import type {
	UploadRefusal,
	UploadResult,
} from "../../../server/schemas/imports.ts";
import type { Lang } from "../../i18n/format.ts";

/** The server's limit (server/routes/imports/upload.ts MAX_UPLOAD_BYTES). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** Readable names of the import formats; typed so a new source must get a name here. */
export const SOURCE_LABELS: Record<ImportSource, { sv: string; en: string }> = {
	municipalities: { sv: "Kommunlista", en: "Municipality list" },
	"sn-ranking": { sv: "SN ranking (placering)", en: "SN ranking (rank)" },
	"sn-survey": { sv: "SN enkätresultat", en: "SN survey results" },
	"sn-statistics": {
		sv: "SN statistik (Statistik.xlsx)",
		en: "SN statistics (Statistik.xlsx)",
	},
	"sn-factors": { sv: "SN faktorvärden", en: "SN factor values" },
	insikt: { sv: "SKR Insikt", en: "SKR Insikt" },
	kolada: { sv: "Kolada (Insikt)", en: "Kolada (Insikt)" },
	"sn-factor-definitions": {
		sv: "SN faktorlista och vikter",
		en: "SN factor list and weights",
	},
	"insikt-definitions": {
		sv: "Insikt: områden i NKI totalt",
		en: "Insikt: areas in NKI total",
	},
};

export const IMPORT_SOURCE_IDS = Object.keys(SOURCE_LABELS) as ImportSource[];

/** What to tell a person for each way an upload can fail, in their language. */
export function uploadErrorMessage(
	status: number,
	serverMessage: string,
	lang: Lang,
): string {
	const sv = lang === "sv";
	switch (status) {
		case 401:
			return sv
				? "Fel eller saknad admin-token. Skriv in den token servern startades med (TOPP10_ADMIN_TOKEN)."
				: "Wrong or missing admin token. Type the token the server was started with (TOPP10_ADMIN_TOKEN).";
		case 403:
			return sv
				? "Uppladdning är avstängd på den här servern (TOPP10_ADMIN_TOKEN är inte satt). Starta servern med en token, eller importera med npm run import."
				: "Uploads are turned off on this server (TOPP10_ADMIN_TOKEN is not set). Start the server with a token, or import with npm run import.";
		case 413:
			return sv
				? `Filen är för stor: högst ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. Dela upp den per år, eller importera med npm run import på servern.`
				: `The file is too large: at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. Split it by year, or import with npm run import on the server.`;
		case 415:
			return sv
				? "Filen skickades i fel form. Försök igen."
				: "The file was sent in the wrong form. Try again.";
		case 422:
			return sv
				? "Filen avvisades: inget har skrivits. Rätta raderna nedan och ladda upp den igen."
				: "The file was refused: nothing was written. Fix the lines below and upload it again.";
		case 429:
			return sv
				? "För många uppladdningar på kort tid. Vänta en minut och försök igen."
				: "Too many uploads in a short time. Wait a minute and try again.";
		default:
			return sv
				? `Uppladdningen misslyckades: ${serverMessage}`
				: `The upload failed: ${serverMessage}`;
	}
}

/** A refused import answers 422 with the same summary as a dry run, plus the error. */
export function refusalSummary(body: unknown): UploadResult | null {
	if (typeof body !== "object" || body === null) return null;
	const candidate = body as Partial<UploadRefusal>;
	return Array.isArray(candidate.errors) &&
		Array.isArray(candidate.years) &&
		typeof candidate.outcome === "string"
		? (candidate as UploadRefusal)
		: null;
}

/** The sentence under the preview, per outcome. */
export function outcomeMessage(result: UploadResult, lang: Lang): string {
	const sv = lang === "sv";
	const years = result.years.map((y) => y.year).join(", ");
	switch (result.outcome) {
		case "dry-run":
			return sv
				? `Förhandsgranskning: ${result.rows} rader för ${years || "inga år"}. Inget är skrivet ännu.`
				: `Preview: ${result.rows} rows for ${years || "no years"}. Nothing is written yet.`;
		case "imported":
			return sv
				? `Importerat: ${result.rows} rader för ${years}. Sidorna visar nu de nya siffrorna.`
				: `Imported: ${result.rows} rows for ${years}. The pages now show the new figures.`;
		case "unchanged":
			return sv
				? "Samma fil är redan importerad; inget ändrades."
				: "The same file is already imported; nothing changed.";
		case "refused":
			return sv
				? `Filen avvisades med ${result.errors.length} fel; inget har skrivits.`
				: `The file was refused with ${result.errors.length} errors; nothing was written.`;
	}
}
