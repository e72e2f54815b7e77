import { describe, expect, it } from "vitest";
import {
	formatCount,
	formatDate,
	formatDateTime,
	formatNumber,
	formatPercent,
	formatRank,
	formatSigned,
	formatYear,
	formatYears,
	pluralNoun,
} from "./format.ts";

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
		expect(formatNumber(-0)).toBe("0");
		expect(formatNumber(-0.001, 2)).toBe("0,00");
	});
	it("uses a decimal point in English", () => {
		expect(formatNumber(3.83, 2, "en")).toBe("3.83");
	});
});

describe("formatSigned", () => {
	it("shows the sign of a change", () => {
		expect(formatSigned(9)).toBe("+9");
		expect(formatSigned(-3)).toBe("-3");
		expect(formatSigned(0)).toBe("±0");
		expect(formatSigned(0.004, 2)).toBe("±0,00");
		expect(formatSigned(-0.25, 2)).toBe("-0,25");
		expect(formatSigned(null)).toBe("–");
	});
});

describe("formatPercent", () => {
	it("rounds a share to whole percent with a Swedish space", () => {
		expect(formatPercent(0.1714)).toBe("17\u00a0%");
		expect(formatPercent(0.1714, "en")).toBe("17%");
		expect(formatPercent(null)).toBe("–");
	});
});

describe("formatRank", () => {
	it("uses Swedish ordinal endings", () => {
		expect(
			[1, 2, 3, 7, 11, 12, 21, 22, 32, 41].map((r) => formatRank(r)),
		).toEqual([
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
	it("uses English ordinal endings", () => {
		expect(
			[1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 111].map((r) => formatRank(r, "en")),
		).toEqual([
			"1st",
			"2nd",
			"3rd",
			"4th",
			"11th",
			"12th",
			"13th",
			"21st",
			"22nd",
			"23rd",
			"111th",
		]);
	});
});

describe("formatDate", () => {
	it("writes ISO dates in Swedish and spelled-out dates in English", () => {
		const date = new Date("2026-05-04T22:30:00Z");
		expect(formatDate(date)).toBe("2026-05-04");
		expect(formatDate(date, "en")).toBe("4 May 2026");
		expect(formatDateTime("2026-05-04T22:30:00Z")).toBe("2026-05-04 22:30");
		expect(formatDateTime("not a date")).toBe("not a date");
	});
});

describe("formatYear and formatYears", () => {
	it("never groups a year's digits", () => {
		expect(formatYear(2014)).toBe("2014");
		expect(formatNumber(2014)).toBe("2\u00a0014");
		expect(formatYears([2014, 2015, 2023])).toBe("2014–2023");
		expect(formatYears([2014, 2015], 3)).toBe("2014, 2015");
		expect(formatYear(null)).toBe("–");
	});
});

describe("formatCount and pluralNoun", () => {
	it("uses the singular for exactly one, the plural for every other count", () => {
		expect(formatCount(1, "placering", "placeringar")).toBe("1 placering");
		expect(formatCount(3, "placering", "placeringar")).toBe("3 placeringar");
		expect(formatCount(0, "rad", "rader")).toBe("0 rader");
		expect(formatCount(1, "rad", "rader")).toBe("1 rad");
		expect(formatCount(2, "rad", "rader")).toBe("2 rader");
		expect(formatCount(1, "åtgärd", "åtgärder")).toBe("1 åtgärd");
		expect(formatCount(1, "row", "rows", "en")).toBe("1 row");
		expect(formatCount(1500, "row", "rows", "en")).toBe("1,500 rows");
		expect(pluralNoun(1, "place", "places")).toBe("place");
		expect(pluralNoun(2, "place", "places")).toBe("places");
	});
});
