import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { spearman } from "./spearman.ts";

describe("spearman", () => {
	it("uses average ranks for ties", () => {
		// y ranks 1, 2, 3.5, 5, 3.5 → Σd·d = 8, Σ(dx)² = 10, Σ(dy)² = 9.5 → 8/√95.
		expect(spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7])).toBeCloseTo(
			8 / Math.sqrt(95),
			12,
		);
	});

	it("is 1 for any increasing relation and -1 for any decreasing one", () => {
		expect(spearman([1, 2, 3, 4], [1, 10, 100, 1000])).toBe(1);
		expect(spearman([1, 2, 3, 4], [9, 4, 1, 0])).toBe(-1);
	});

	it("is null for fewer than 3 pairs or a constant side", () => {
		expect(spearman([1, 2], [2, 1])).toBeNull();
		expect(spearman([1, 2, 3], [4, 4, 4])).toBeNull();
	});

	it("rejects lists of different length", () => {
		expect(() => spearman([1, 2, 3], [1, 2])).toThrow(RangeError);
	});

	const pairs = fc.array(
		fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 })),
		{ minLength: 3, maxLength: 30 },
	);

	it("stays within [-1, 1], is symmetric and ignores monotone transforms", () => {
		fc.assert(
			fc.property(pairs, (input) => {
				const xs = input.map(([x]) => x);
				const ys = input.map(([, y]) => y);
				const rho = spearman(xs, ys);
				if (rho === null) return;
				expect(Math.abs(rho)).toBeLessThanOrEqual(1);
				expect(spearman(ys, xs)).toBeCloseTo(rho, 12);
				expect(
					spearman(
						xs.map((x) => x ** 3 + 7),
						ys,
					),
				).toBeCloseTo(rho, 12);
			}),
		);
	});
});
