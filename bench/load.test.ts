import { describe, expect, it } from "vitest";
import { percentile } from "./load.ts";

describe("percentile", () => {
	it("takes the nearest rank, keeping fractions of a millisecond", () => {
		const latencies = Array.from({ length: 100 }, (_, i) => (i + 1) / 10);
		expect(percentile(latencies, 0.99)).toBe(9.9);
		expect(percentile(latencies, 0.5)).toBe(5);
		expect(percentile([3.25], 0.99)).toBe(3.25);
	});

	it("does not depend on the order of the values", () => {
		expect(percentile([5, 1, 4, 2, 3], 0.99)).toBe(5);
		expect(percentile([5, 1, 4, 2, 3], 0.2)).toBe(1);
	});

	it("is NaN without values", () => {
		expect(percentile([], 0.99)).toBeNaN();
	});
});
