import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linearFit, predictionInterval } from "./linearFit.ts";

describe("linearFit", () => {
	// x 1,2,3; y 1,2,2: Sxx = 2, Sxy = 1 → b = 0.5, a = 2/3; SSE = 1/6, Syy = 2/3.
	const fit = linearFit([1, 2, 3], [1, 2, 2]);

	it("finds the least-squares line, R² and residual sd", () => {
		expect(fit).not.toBeNull();
		expect(fit?.slope).toBeCloseTo(0.5, 12);
		expect(fit?.intercept).toBeCloseTo(2 / 3, 12);
		expect(fit?.rSquared).toBeCloseTo(0.75, 12);
		expect(fit?.residualSd).toBeCloseTo(Math.sqrt(1 / 6), 12);
		expect(fit?.n).toBe(3);
	});

	it("gives an 80 % prediction interval with t(0.90, 1) = 3.078", () => {
		if (!fit) throw new Error("no fit");
		const interval = predictionInterval(fit, 4);
		// s·√(1 + 1/3 + (4 − 2)²/2) = √(1/6)·√(10/3)
		const spread = 3.078 * Math.sqrt(1 / 6) * Math.sqrt(10 / 3);
		expect(interval.estimate).toBeCloseTo(8 / 3, 12);
		expect(interval.low).toBeCloseTo(8 / 3 - spread, 12);
		expect(interval.high).toBeCloseTo(8 / 3 + spread, 12);
		expect(interval.level).toBe(0.8);
	});

	it("has no residual sd or band with only two points", () => {
		const two = linearFit([0, 1], [5, 7]);
		expect(two?.slope).toBe(2);
		expect(two?.residualSd).toBeNull();
		if (!two) throw new Error("no fit");
		expect(predictionInterval(two, 2)).toEqual({
			estimate: 9,
			low: null,
			high: null,
			level: 0.8,
		});
	});

	it("is null for fewer than 2 points or a constant x, and R² null for a constant y", () => {
		expect(linearFit([1], [1])).toBeNull();
		expect(linearFit([2, 2, 2], [1, 2, 3])).toBeNull();
		expect(linearFit([1, 2, 3], [4, 4, 4])?.rSquared).toBeNull();
	});

	it("recovers an exact line and puts its band at zero width", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: -20, max: 20 }),
				fc.integer({ min: -5, max: 5 }),
				fc.uniqueArray(fc.integer({ min: 2000, max: 2030 }), {
					minLength: 3,
					maxLength: 15,
				}),
				(a, b, xs) => {
					const result = linearFit(
						xs,
						xs.map((x) => a + b * x),
					);
					expect(result?.slope).toBeCloseTo(b, 6);
					expect(result?.residualSd).toBeCloseTo(0, 6);
				},
			),
		);
	});
});
