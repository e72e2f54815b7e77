/** Why a write could not be done, when the database (not the file) is the reason. */
export type WriteFailure = "busy" | "disk-full" | "read-only";

const CODES: Record<string, WriteFailure> = {
	SQLITE_BUSY: "busy",
	SQLITE_BUSY_SNAPSHOT: "busy",
	SQLITE_LOCKED: "busy",
	SQLITE_FULL: "disk-full",
	SQLITE_IOERR_WRITE: "disk-full",
	SQLITE_READONLY: "read-only",
};

/** The kind of a better-sqlite3 error that a person can act on; null for anything else. */
export function writeFailureOf(error: unknown): WriteFailure | null {
	if (!(error instanceof Error) || !("code" in error)) return null;
	const code = String((error as { code: unknown }).code);
	return CODES[code] ?? null;
}

export const WRITE_FAILURE_MESSAGES: Record<
	WriteFailure,
	{ en: string; sv: string }
> = {
	busy: {
		en: "Another import is writing to the database right now and did not finish within 5 seconds; nothing was written. Try again in a moment.",
		sv: "En annan import skriver till databasen just nu och blev inte klar inom 5 sekunder; inget sparades. Försök igen om en stund.",
	},
	"disk-full": {
		en: "The disk is full; nothing was written. Free some space and import the file again.",
		sv: "Disken är full; inget sparades. Frigör utrymme och importera filen igen.",
	},
	"read-only": {
		en: "The database file is read-only; nothing was written. Check the file's permissions (TOPP10_DB).",
		sv: "Databasfilen är skrivskyddad; inget sparades. Kontrollera filens behörigheter (TOPP10_DB).",
	},
};
