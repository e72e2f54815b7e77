import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { percentile } from "./percentile.ts";

describe("percentile", () => {
	it("interpolates between order statistics (type 7)", () => {
		// 50, 55, …, 95: position 9·0.9 = 8.1 → 90 + 0.1·5.
		const values = [95, 50, 60, 55, 65, 70, 75, 80, 85, 90];
		expect(percentile(values, 0.9)).toBeCloseTo(90.5, 12);
		expect(percentile(values, 0.5)).toBeCloseTo(72.5, 12);
		expect(percentile(values, 0)).toBe(50);
		expect(percentile(values, 1)).toBe(95);
	});

	it("handles one value and no values", () => {
		expect(percentile([7], 0.9)).toBe(7);
		expect(percentile([], 0.9)).toBeNull();
	});

	it("lies between the smallest and largest value and grows with p", () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 100 }), {
					minLength: 1,
					maxLength: 30,
				}),
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(values, p, q) => {
					const at = percentile(values, Math.min(p, q)) ?? Number.NaN;
					expect(at).toBeGreaterThanOrEqual(Math.min(...values));
					expect(at).toBeLessThanOrEqual(
						percentile(values, Math.max(p, q)) ?? Number.NaN,
					);
					expect(percentile(values, 1)).toBe(Math.max(...values));
				},
			),
		);
	});
});
