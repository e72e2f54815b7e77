import { describe, expect, it } from "vitest";
import { formatNumber, formatRank } from "./format.ts";

describe("formatNumber", () => {
	it("uses a decimal comma", () => {
		expect(formatNumber(3.83, 2)).toBe("3,83");
	});
	it("groups thousands with a no-break space", () => {
		expect(formatNumber(12345)).toBe("12\u00a0345");
	});
	it("shows a dash for missing values", () => {
		expect(formatNumber(null)).toBe("–");
		expect(formatNumber(Number.NaN)).toBe("–");
	});
	it("writes negatives with a plain minus", () => {
		expect(formatNumber(-4)).toBe("-4");
	});
});

describe("formatRank", () => {
	it("uses Swedish ordinal endings", () => {
		expect([1, 2, 3, 7, 11, 12, 21, 22, 32, 41].map(formatRank)).toEqual([
			"1:a",
			"2:a",
			"3:e",
			"7:e",
			"11:e",
			"12:e",
			"21:a",
			"22:a",
			"32:a",
			"41:a",
		]);
	});
});
