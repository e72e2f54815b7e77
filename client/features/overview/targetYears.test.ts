import { describe, expect, it } from "vitest";
import { targetYearChoices } from "./targetYears.ts";

describe("targetYearChoices", () => {
	it("offers passed years too, from the first charted year to eight years after the page's year", () => {
		const choices = targetYearChoices(2011, 2023, 2024);
		expect(choices[0]).toBe(2011);
		expect(choices).toContain(2020);
		expect(choices.at(-1)).toBe(2031);
	});
	it("keeps a partial later year askable when the page is about it", () => {
		expect(targetYearChoices(2011, 2026, 2026)).toContain(2026);
	});
	it("always holds the current target, even one outside the range", () => {
		expect(targetYearChoices(2011, 2023, 2040)).toContain(2040);
		expect(targetYearChoices(null, 2023, 2024)).toEqual([
			2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031,
		]);
	});
});
