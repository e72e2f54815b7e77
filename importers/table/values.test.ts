import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	parsePercent,
	parseSwedishNumber,
	parseWholeNumber,
	plainIntegerOf,
} from "./values.ts";

describe("parseSwedishNumber", () => {
	it.each([
		["3,83", 3.83],
		["75.0", 75],
		["1 234,5", 1234.5],
		["1\u00a0234", 1234],
		["1.234,5", 1234.5],
		["1,234.5", 1234.5],
		["−2", -2],
		["+2", 2],
		[" 37.8 ", 37.8],
		["54,2 %", 54.2],
	])("%s → %s", (cell, value) => {
		expect(parseSwedishNumber(cell)).toEqual({ ok: true, value });
	});

	it.each([
		["", "empty"],
		["–", "dash"],
		["—", "dash"],
		["-", "dash"],
		["*", "star"],
		["..", "dots"],
		["…", "ellipsis"],
	])("%j is a missing value (%s)", (cell, missing) => {
		expect(parseSwedishNumber(cell)).toEqual({
			ok: true,
			value: null,
			missing,
		});
	});

	it("refuses text, two decimal commas and exponents, with the code the UI words", () => {
		for (const cell of ["tolv", "1,2,3", "1e309", "3,8x"])
			expect(parseSwedishNumber(cell)).toEqual({
				ok: false,
				issue: { code: "not-a-number", params: {} },
			});
	});

	it("whole numbers and percentages", () => {
		expect(parseWholeNumber("12", 1, 290)).toEqual({ ok: true, value: 12 });
		expect(parseWholeNumber("3,5", 1, 290).ok).toBe(false);
		expect(parseWholeNumber("291", 1, 290)).toEqual({
			ok: false,
			issue: { code: "not-a-whole-number", params: { min: 1, max: 290 } },
		});
		expect(parsePercent("54 %")).toEqual({ ok: true, value: 54 });
	});
});

describe("plainIntegerOf", () => {
	it.each([
		["2023", 2023],
		["0114", 114],
		["-12", -12],
		["999999999999999", 999999999999999],
	])("%s → %s", (cell, value) => {
		expect(plainIntegerOf(cell)).toBe(value);
	});

	it.each(["", "-", "+2", " 2", "2 ", "3,8", "1e3", "1234567890123456", "٣"])(
		"%j is left to the general path",
		(cell) => {
			expect(plainIntegerOf(cell)).toBeUndefined();
		},
	);

	it("reads what /^-?\\d{1,15}$/ and Number() read, and nothing else", () => {
		fc.assert(
			fc.property(
				fc.string({
					unit: fc.constantFrom("0", "1", "9", "-", "+", " ", ",", ".", "a"),
					maxLength: 18,
				}),
				(cell) => {
					const expected = /^-?\d{1,15}$/.test(cell) ? Number(cell) : undefined;
					expect(plainIntegerOf(cell)).toBe(expected);
				},
			),
		);
	});
});
