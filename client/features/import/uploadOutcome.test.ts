import { describe, expect, it } from "vitest";
import type { UploadResult } from "../../../server/schemas/imports.ts";
import { IMPORT_MESSAGES } from "./messages.ts";
import {
	IMPORT_SOURCE_IDS,
	outcomeMessage,
	refusalSummary,
	uploadErrorMessage,
} from "./uploadOutcome.ts";

describe("uploadErrorMessage", () => {
	it("explains 401, 403 and 413 in Swedish", () => {
		expect(uploadErrorMessage(401, "x", "sv")).toMatch(/admin-token/);
		expect(uploadErrorMessage(403, "x", "sv")).toMatch(/avstängd/);
		expect(uploadErrorMessage(413, "x", "sv")).toMatch(/högst 10 MB/);
		expect(uploadErrorMessage(429, "x", "sv")).toMatch(/Vänta en minut/);
	});
	it("passes other messages through and speaks English when asked", () => {
		expect(uploadErrorMessage(500, "Boom", "sv")).toBe(
			"Uppladdningen misslyckades: Boom",
		);
		expect(uploadErrorMessage(401, "x", "en")).toMatch(/admin token/);
	});
	it("says a file the server stopped reading (memory, time) should be split, and a busy server to wait", () => {
		for (const code of ["import_out_of_memory", "import_timed_out"])
			expect(uploadErrorMessage(422, "x", "sv", code)).toMatch(
				/Dela upp den per år/,
			);
		expect(uploadErrorMessage(503, "x", "sv", "imports_busy")).toMatch(
			/Försök igen om en stund/,
		);
	});
});

const result: UploadResult = {
	outcome: "dry-run",
	runId: null,
	fileName: "ranking.csv",
	source: "sn-ranking",
	sha256: "abc",
	rows: 290,
	replaceYears: false,
	years: [
		{
			year: 2023,
			incoming: 290,
			added: 0,
			changed: 290,
			removed: 0,
			replaced: 290,
		},
	],
	changes: {
		added: 0,
		changed: 290,
		removed: 0,
		conflicts: { total: 0, items: [] },
		removals: { total: 0, items: [] },
	},
	warnings: [],
	errors: [],
	warningCount: 0,
	errorCount: 0,
};

describe("refusalSummary", () => {
	it("reads the summary out of a 422 body", () => {
		const body = {
			...result,
			outcome: "refused",
			error: { code: "import_refused", message: "m", status: 422 },
		};
		expect(refusalSummary(body)?.outcome).toBe("refused");
		expect(refusalSummary({ error: { code: "x" } })).toBeNull();
		expect(refusalSummary(null)).toBeNull();
	});
});

describe("outcomeMessage", () => {
	it("says what happened", () => {
		expect(outcomeMessage(result, "sv")).toBe(
			"Förhandsgranskning: 290 rader för 2023. Inget är skrivet ännu.",
		);
		expect(outcomeMessage({ ...result, rows: 1 }, "sv")).toBe(
			"Förhandsgranskning: 1 rad för 2023. Inget är skrivet ännu.",
		);
		expect(outcomeMessage({ ...result, rows: 1 }, "en")).toBe(
			"Preview: 1 row for 2023. Nothing is written yet.",
		);
		expect(outcomeMessage({ ...result, outcome: "unchanged" }, "sv")).toMatch(
			/finns redan lagrad/,
		);
	});
});

describe("the confirm button", () => {
	const confirm = (lang: "sv" | "en", written: number, removed: number) =>
		IMPORT_MESSAGES[lang].upload.confirm(written, removed, 0);
	it("says what the import will do, plural-correct, in Swedish and English", () => {
		expect(confirm("sv", 15, 275)).toBe("Importera 15 rader och ta bort 275");
		expect(confirm("sv", 1, 0)).toBe("Importera 1 rad");
		expect(confirm("sv", 0, 1)).toBe("Ta bort 1 rad");
		expect(confirm("en", 15, 275)).toBe("Import 15 rows and remove 275");
		expect(confirm("en", 1, 0)).toBe("Import 1 row");
		expect(IMPORT_MESSAGES.sv.upload.confirm(2, 0, 1)).toBe(
			"Importera 2 rader (ändrar 1 publicerad siffra)",
		);
		expect(IMPORT_MESSAGES.en.upload.confirm(15, 275, 3)).toBe(
			"Import 15 rows and remove 275 (changes 3 published figures)",
		);
	});
});

describe("IMPORT_SOURCE_IDS", () => {
	it("lists every format once", () => {
		expect(new Set(IMPORT_SOURCE_IDS).size).toBe(IMPORT_SOURCE_IDS.length);
		expect(IMPORT_SOURCE_IDS).toContain("sn-ranking");
	});
});
