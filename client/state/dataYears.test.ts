import { describe, expect, it } from "vitest";
import type { DataYears } from "../../server/schemas/years.ts";
import { incompleteCounts, incompleteYear } from "./dataYears.ts";

const years = {
	rankingYears: [2024, 2025, 2026],
	scoreYears: [2024, 2025],
	insiktYears: [2024],
	coverage: {
		ranking: [
			{ year: 2024, municipalities: 290, complete: true },
			{ year: 2025, municipalities: 290, complete: true },
			{ year: 2026, municipalities: 3, complete: false },
		],
		scores: [],
		insikt: [{ year: 2024, municipalities: 190, complete: true }],
	},
	latestComplete: { ranking: 2025, scores: 2025, insikt: 2024 },
	lastImportAt: "2026-05-01T08:00:00.000Z",
} satisfies DataYears;

describe("incompleteYear", () => {
	it("names a stored year that does not cover every municipality, with the year to use instead", () => {
		expect(incompleteYear(years, 2026)).toEqual({
			year: 2026,
			municipalities: 3,
			latestComplete: 2025,
		});
	});
	it("is null for a complete year, an unknown year and while the years are loading", () => {
		expect(incompleteYear(years, 2025)).toBeNull();
		expect(incompleteYear(years, 1999)).toBeNull();
		expect(incompleteYear(undefined, 2026)).toBeNull();
		expect(incompleteYear(years, null)).toBeNull();
	});
	it("counts the municipalities of each incomplete year of a source", () => {
		expect([...incompleteCounts(years.coverage.ranking)]).toEqual([[2026, 3]]);
	});
});
