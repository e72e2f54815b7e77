/**
 * The plan's workbook: the sheets and columns Topp10 writes, and the header words it reads back
 * (Swedish, because the näringslivsgrupp works in Swedish Excel). One list for both directions.
 */
export const ACTIONS_SHEET = "Åtgärder";
export const NOTES_SHEET = "Anteckningar";
export const LISTS_SHEET = "Listor";

export type PlanColumnKey =
	| "id"
	| "title"
	| "description"
	| "department"
	| "person"
	| "factorIds"
	| "insiktAreas"
	| "start"
	| "due"
	| "status"
	| "archived"
	| "version"
	| "updatedAt"
	| "updatedBy";

export interface PlanColumn<K extends string> {
	key: K;
	header: string;
	/** Other headers read as this column. */
	aliases: readonly string[];
	width: number;
	/** Written for information; an import does not read it. */
	readOnly?: boolean;
}

export const ACTION_COLUMNS: readonly PlanColumn<PlanColumnKey>[] = [
	{ key: "id", header: "Id", aliases: ["Nr", "Åtgärd-id"], width: 6 },
	{ key: "title", header: "Titel", aliases: ["Åtgärd", "Rubrik"], width: 40 },
	{ key: "description", header: "Beskrivning", aliases: [], width: 60 },
	{
		key: "department",
		header: "Förvaltning",
		aliases: ["Ansvarig förvaltning"],
		width: 28,
	},
	{
		key: "person",
		header: "Ansvarig",
		aliases: ["Ansvarig person", "Kontaktperson"],
		width: 24,
	},
	{
		key: "factorIds",
		header: "SN-faktorer",
		aliases: ["Faktorer", "Faktor"],
		width: 30,
	},
	{
		key: "insiktAreas",
		header: "Insikt-områden",
		aliases: ["Insiktområden", "Områden", "Insikt"],
		width: 26,
	},
	{ key: "start", header: "Start", aliases: ["Startdatum"], width: 12 },
	{
		key: "due",
		header: "Klart senast",
		aliases: ["Slutdatum", "Klart"],
		width: 12,
	},
	{ key: "status", header: "Status", aliases: [], width: 12 },
	{ key: "archived", header: "Arkiverad", aliases: [], width: 10 },
	{ key: "version", header: "Version", aliases: [], width: 8 },
	{
		key: "updatedAt",
		header: "Senast ändrad",
		aliases: [],
		width: 20,
		readOnly: true,
	},
	{
		key: "updatedBy",
		header: "Ändrad av",
		aliases: [],
		width: 16,
		readOnly: true,
	},
];

export type NoteColumnKey = "actionId" | "title" | "date" | "text" | "author";

export const NOTE_COLUMNS: readonly PlanColumn<NoteColumnKey>[] = [
	{ key: "actionId", header: "Åtgärd-id", aliases: ["Id", "Nr"], width: 10 },
	{ key: "title", header: "Åtgärd", aliases: ["Titel"], width: 40 },
	{ key: "date", header: "Datum", aliases: [], width: 12 },
	{ key: "text", header: "Anteckning", aliases: ["Text"], width: 80 },
	{
		key: "author",
		header: "Skriven av",
		aliases: [],
		width: 16,
		readOnly: true,
	},
];

/** Words read as "yes" in the Arkiverad column; anything else that is not empty is refused. */
export const YES_WORDS = new Set(["ja", "j", "x", "yes", "true", "1"]);
export const NO_WORDS = new Set(["", "nej", "n", "no", "false", "0"]);
