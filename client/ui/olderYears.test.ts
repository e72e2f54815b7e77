import { describe, expect, it } from "vitest";
import { olderYears } from "./olderYears.ts";

describe("olderYears", () => {
	it("names the years shown and where the older ones start", () => {
		expect(olderYears({ from: 2011, to: 2025, earliestYear: 1998 })).toEqual({
			from: 2011,
			to: 2025,
			earliestYear: 1998,
		});
	});

	it("says nothing when every stored year is shown", () => {
		expect(olderYears({ from: 2014, to: 2025, earliestYear: 2014 })).toBeNull();
		expect(olderYears({ from: 2011, to: 2025, earliestYear: 2014 })).toBeNull();
		expect(olderYears({ from: null, to: null, earliestYear: null })).toBeNull();
	});

	it("points to older years when nothing from `from` on is stored", () => {
		expect(olderYears({ from: 2030, to: null, earliestYear: 2014 })).toEqual({
			from: 2030,
			to: null,
			earliestYear: 2014,
		});
	});
});
