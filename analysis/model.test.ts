import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	buildModel,
	factorContributions,
	modelledRankWith,
	modelledScore,
} from "./model.ts";
import {
	row,
	smallFactors,
	smallRows,
	yearArbitrary,
} from "./modelTestData.ts";

const root15 = Math.sqrt(1.5);

describe("buildModel", () => {
	const model = buildModel(smallRows, smallFactors);

	it("names the model and shows its weights", () => {
		expect(model.id).toBe("weighted-standardised-mean");
		expect(model.weights).toEqual([
			{
				factorId: "a",
				label: "A",
				weight: 2,
				higherIsBetter: true,
				scaleMin: 1,
				scaleMax: 6,
			},
			{
				factorId: "b",
				label: "B",
				weight: 1,
				higherIsBetter: false,
				scaleMin: 0,
				scaleMax: 100,
			},
		]);
	});

	it("standardises with the population sd over the values present", () => {
		const [a, b] = model.standardisation;
		expect(a?.mean).toBe(2);
		expect(a?.sd).toBeCloseTo(Math.sqrt(2 / 3), 12);
		expect(b).toEqual({ factorId: "b", mean: 15, sd: 5, n: 2 });
	});

	it("scores the weighted mean of z, flipping lower-is-better and imputing z = 0", () => {
		expect(model.scores.m1).toBeCloseTo((1 - 2 * root15) / 3, 12);
		expect(model.scores.m2).toBeCloseTo(-1 / 3, 12);
		expect(model.scores.m3).toBeCloseTo((2 * root15) / 3, 12);
		expect(model.ranks).toEqual({ m1: 3, m2: 2, m3: 1 });
	});

	it("splits a total into per-factor contributions of weight share × z", () => {
		const parts = factorContributions(model, { a: 1, b: 10 });
		expect(parts.a).toBeCloseTo((2 / 3) * -root15, 12);
		expect(parts.b).toBeCloseTo(1 / 3, 12);
	});

	it("gives a factor without spread or values no influence", () => {
		const flat = buildModel(
			[row("x", 1, { a: 4, b: null }), row("y", 2, { a: 4 })],
			smallFactors,
		);
		expect(flat.standardisation.map((s) => s.sd)).toEqual([null, null]);
		expect(Object.values(flat.scores)).toEqual([0, 0]);
		expect(Object.values(flat.ranks)).toEqual([1, 1]);
	});

	it("ranks by the modelled score, ties sharing a rank, with no NaN anywhere", () => {
		fc.assert(
			fc.property(yearArbitrary, ({ rows, factors }) => {
				const built = buildModel(rows, factors);
				for (const r of rows) {
					const score = built.scores[r.code] ?? Number.NaN;
					expect(Number.isFinite(score)).toBe(true);
					expect(score).toBe(modelledScore(built, r.factorScores));
					expect(built.ranks[r.code]).toBe(
						modelledRankWith(built, r.code, score),
					);
				}
				expect(JSON.parse(JSON.stringify(built))).toEqual(built);
			}),
		);
	});
});
