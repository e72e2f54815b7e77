import { describe, expect, it } from "vitest";
import { findNonFiniteNumber } from "./finiteNumbers.ts";

describe("findNonFiniteNumber", () => {
	it("names the first number that is not finite, by its path", () => {
		expect(findNonFiniteNumber({ year: Number.POSITIVE_INFINITY })).toBe(
			"year",
		);
		expect(
			findNonFiniteNumber({ changes: { service: 3, skatt: Number.NaN } }),
		).toBe("changes.skatt");
		expect(findNonFiniteNumber([1, Number.NEGATIVE_INFINITY])).toBe("1");
	});

	it("passes finite numbers, strings and empty values", () => {
		expect(findNonFiniteNumber({ year: 2023, code: "Infinity" })).toBeNull();
		expect(findNonFiniteNumber(undefined)).toBeNull();
		expect(findNonFiniteNumber(null)).toBeNull();
	});
});
