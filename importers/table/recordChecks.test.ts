import { describe, expect, it } from "vitest";
import { createYearMunicipalityCheck, isNoteRow } from "./recordChecks.ts";

describe("createYearMunicipalityCheck", () => {
	it("names the line a year and municipality came on first, and only for the same pair", () => {
		const firstLineOf = createYearMunicipalityCheck();
		expect(firstLineOf(2023, "1402", 2)).toBeUndefined();
		expect(firstLineOf(2022, "1402", 3)).toBeUndefined();
		expect(firstLineOf(2023, "1401", 4)).toBeUndefined();
		expect(firstLineOf(2023, "1402", 5)).toBe(2);
		expect(firstLineOf(2023, "1402", 6)).toBe(2);
		expect(firstLineOf(2022, "1402", 7)).toBe(3);
	});
});

describe("isNoteRow", () => {
	const row = (...cells: string[]) => ({ line: 1, cells, columns: [] });

	it("is text in the first cell only", () => {
		expect(isNoteRow(row("Källa: Svenskt Näringsliv", "", ""))).toBe(true);
		expect(isNoteRow(row("Källa: Svenskt Näringsliv"))).toBe(true);
	});

	it("is not a row that starts with a digit or has other cells", () => {
		expect(isNoteRow(row("2023", "", ""))).toBe(false);
		expect(isNoteRow(row("9 kommuner saknas", ""))).toBe(false);
		expect(isNoteRow(row("Partille", "1402"))).toBe(false);
		expect(isNoteRow(row())).toBe(false);
	});
});
