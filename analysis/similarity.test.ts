import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findSimilar, type Indicator } from "./similarity.ts";

const omdome: Indicator = {
	id: "omdome",
	weight: 2,
	values: { us: 3.8, a: 3.9, b: 3.0, c: 4.2, d: null },
};
const grupp: Indicator = {
	id: "kommungrupp",
	weight: 1,
	values: { us: "A2", a: "A2", b: "A2", c: "B3", d: "A2" },
};

describe("findSimilar", () => {
	it("orders by the weighted mean of range-scaled differences", () => {
		const similar = findSimilar(
			"us",
			["us", "a", "b", "c", "d"],
			[omdome, grupp],
			3,
		);
		// Range of omdöme 1.2: a 0.1/1.2, c 0.4/1.2 and another group, b 0.8/1.2.
		expect(similar.map((s) => s.code)).toEqual(["a", "b", "c"]);
		expect(similar[0]?.difference).toBeCloseTo((2 * (0.1 / 1.2)) / 3, 12);
		expect(similar[2]?.difference).toBeCloseTo((2 * (0.4 / 1.2) + 1) / 3, 12);
	});

	it("leaves out a municipality that shares too little of the weight", () => {
		const similar = findSimilar("us", ["a", "d"], [omdome, grupp], 7);
		// d has only kommungrupp (1 of 3 in weight): below half.
		expect(similar.map((s) => s.code)).toEqual(["a"]);
	});

	it("never lists the municipality itself and stays between 0 and 1", () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: 0, max: 10, noNaN: true }), {
					minLength: 2,
					maxLength: 30,
				}),
				(values) => {
					const codes = values.map((_, i) => `k${i}`);
					const indicator: Indicator = {
						id: "x",
						weight: 1,
						values: Object.fromEntries(
							codes.map((c, i) => [c, values[i] ?? null]),
						),
					};
					const similar = findSimilar("k0", codes, [indicator], 50);
					expect(similar.some((s) => s.code === "k0")).toBe(false);
					for (const s of similar) {
						expect(s.difference).toBeGreaterThanOrEqual(0);
						expect(s.difference).toBeLessThanOrEqual(1 + 1e-12);
					}
				},
			),
		);
	});
});
