import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildModel } from "./model.ts";
import { smallFactors, smallRows, yearArbitrary } from "./modelTestData.ts";
import { whatIf } from "./whatIf.ts";

const model = buildModel(smallRows, smallFactors);
const root15 = Math.sqrt(1.5);

describe("whatIf", () => {
	it("moves m1 from 3rd to 1st when its A score rises from 1 to 3", () => {
		const result = whatIf(model, smallRows, "m1", { a: 3 });
		expect(result?.before.rank).toBe(3);
		expect(result?.after.rank).toBe(1);
		expect(result?.placesClimbed).toBe(2);
		// zA −√1.5 → +√1.5 at weight share 2/3.
		expect(result?.after.score).toBeCloseTo((2 * root15 + 1) / 3, 12);
		expect(result?.factors[0]).toMatchObject({
			factorId: "a",
			from: 1,
			to: 3,
			change: 2,
		});
		expect(result?.factors[0]?.modelledScoreChange).toBeCloseTo(
			(4 * root15) / 3,
			12,
		);
		expect(result?.factors[1]).toMatchObject({
			factorId: "b",
			from: 10,
			to: 10,
			change: 0,
			modelledScoreChange: 0,
		});
	});

	it("keeps the year's means fixed: a missing value set to the mean changes nothing", () => {
		const result = whatIf(model, smallRows, "m3", { b: 15 });
		expect(result?.after).toEqual(result?.before);
		expect(result?.factors[1]).toMatchObject({
			from: null,
			to: 15,
			change: null,
		});
	});

	it("rewards a lower value on a lower-is-better factor", () => {
		const result = whatIf(model, smallRows, "m2", { b: 0 });
		// zB −1 → +3: total (0 + 3)/3 = 1 beats m3's 0.816.
		expect(result?.after.score).toBeCloseTo(1, 12);
		expect(result?.after.rank).toBe(1);
	});

	it("marks the modelled ranks with the provenance of the values they rest on", () => {
		expect(whatIf(model, smallRows, "m1", { a: 3 })?.provenance).toBe(
			"synthetic",
		);
		const published = smallRows.map((r) => ({
			...r,
			provenance: "published" as const,
		}));
		expect(
			whatIf(buildModel(published, smallFactors), published, "m1", { a: 3 })
				?.provenance,
		).toBe("published");
	});

	it("returns null for an unknown municipality and rejects unknown factors", () => {
		expect(whatIf(model, smallRows, "9999", {})).toBeNull();
		expect(() => whatIf(model, smallRows, "m1", { zz: 1 })).toThrow(/zz/);
		expect(() => whatIf(model, smallRows, "m1", { a: Number.NaN })).toThrow(
			RangeError,
		);
	});

	it("reproduces the modelled rank when nothing changes", () => {
		fc.assert(
			fc.property(yearArbitrary, fc.nat(), ({ rows, factors }, pick) => {
				const built = buildModel(rows, factors);
				const code = rows[pick % rows.length]?.code ?? "";
				const result = whatIf(built, rows, code, {});
				expect(result?.before.rank).toBe(built.ranks[code]);
				expect(result?.after.rank).toBe(built.ranks[code]);
				expect(result?.placesClimbed).toBe(0);
			}),
		);
	});

	it("never worsens the rank when a higher-is-better factor improves", () => {
		fc.assert(
			fc.property(
				yearArbitrary,
				fc.nat(),
				fc.double({ min: 0, max: 10, noNaN: true }),
				({ rows, factors }, pick, raise) => {
					const improvable = factors.find((f) => f.higherIsBetter);
					const target = rows[pick % rows.length];
					if (!improvable || !target) return;
					const built = buildModel(rows, factors);
					const from =
						target.factorScores[improvable.id] ??
						built.standardisation.find((s) => s.factorId === improvable.id)
							?.mean ??
						0;
					const result = whatIf(built, rows, target.code, {
						[improvable.id]: from + raise,
					});
					expect(result?.after.rank).toBeLessThanOrEqual(
						result?.before.rank ?? 0,
					);
				},
			),
		);
	});
});
