import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildModel } from "./model.ts";
import {
	factor,
	row,
	smallFactors,
	smallRows,
	yearArbitrary,
} from "./modelTestData.ts";
import { smallestChangeToRank } from "./smallestChangeToRank.ts";
import { whatIf } from "./whatIf.ts";

const model = buildModel(smallRows, smallFactors);

describe("smallestChangeToRank", () => {
	const result = smallestChangeToRank(model, smallRows, "m1", 1);

	it("finds the score each factor alone needs to pass m3", () => {
		expect(result?.currentRank).toBe(3);
		expect(result?.alreadyThere).toBe(false);
		const [a, b] = result?.factors ?? [];
		// A: zA must rise to √1.5 − 0.5 → 2 + (√1.5 − 0.5)·√(2/3) = 3 − 0.5·√(2/3).
		expect(a).toMatchObject({ factorId: "a", current: 1, reachable: true });
		expect(a?.needed).toBeCloseTo(3 - 0.5 * Math.sqrt(2 / 3), 6);
		expect(a?.change).toBeCloseTo(2 - 0.5 * Math.sqrt(2 / 3), 6);
		expect(a).toMatchObject({ reason: null, bestObserved: 3 });
		// B (lower is better): zB must rise to 4√1.5 → 15 − 20√1.5 ≈ −9.49, below the scale's 0.
		expect(b).toMatchObject({
			factorId: "b",
			current: 10,
			reachable: false,
			reason: "outside-scale",
			bestObserved: 10,
			scaleMin: 0,
			scaleMax: 100,
		});
		expect(b?.needed).toBeCloseTo(15 - 20 * Math.sqrt(1.5), 6);
		expect(b?.changeInSd).toBeCloseTo(1 - 4 * Math.sqrt(1.5), 6);
	});

	it("lists reachable factors first, then by the size of the change in sds", () => {
		expect(result?.factors.map((f) => f.factorId)).toEqual(["a", "b"]);
	});

	it("needs no change when already at the target rank", () => {
		const there = smallestChangeToRank(model, smallRows, "m2", 2);
		expect(there?.alreadyThere).toBe(true);
		expect(there?.factors.every((f) => f.change === 0 && f.reachable)).toBe(
			true,
		);
		expect(
			smallestChangeToRank(model, smallRows, "m1", 5)?.thresholdScore,
		).toBeNull();
	});

	it("calls a score beyond any municipality's that year unreachable, also without a scale", () => {
		const unscaled = [factor("x", 1, true), factor("y", 1, true)];
		const rows = [
			row("m1", 3, { x: 1, y: 1 }),
			row("m2", 2, { x: 2, y: 2 }),
			row("m3", 1, { x: 3, y: 3 }),
		];
		const change = smallestChangeToRank(
			buildModel(rows, unscaled),
			rows,
			"m1",
			1,
		);
		// Alone, x would have to pass 3 (the best any municipality had), because y holds m1 back.
		expect(change?.factors.find((f) => f.factorId === "x")).toMatchObject({
			reachable: false,
			reason: "beyond-best-observed",
			bestObserved: 3,
		});
		expect(
			change?.factors.find((f) => f.factorId === "x")?.needed,
		).toBeGreaterThan(3);
	});

	it("says a factor without spread cannot move the total, and gives no value for it", () => {
		const flat = [factor("x", 1, true), factor("y", 1, true)];
		const rows = [row("m1", 2, { x: 1, y: 2 }), row("m2", 1, { x: 2, y: 2 })];
		const change = smallestChangeToRank(buildModel(rows, flat), rows, "m1", 1);
		expect(change?.factors.find((f) => f.factorId === "y")).toMatchObject({
			needed: null,
			reachable: false,
			reason: "no-effect",
		});
	});

	it("finds a path through two factors where neither alone is enough", () => {
		// m1 is last; each factor alone would have to pass the best of the year (3), together they need not.
		const even = [factor("x", 1, true, [1, 6]), factor("y", 1, true, [1, 6])];
		const rows = [
			row("m1", 3, { x: 1, y: 1 }),
			row("m2", 2, { x: 3, y: 1.5 }),
			row("m3", 1, { x: 1.5, y: 3 }),
		];
		const built = buildModel(rows, even);
		const change = smallestChangeToRank(built, rows, "m1", 1);
		expect(change?.factors.every((f) => !f.reachable)).toBe(true);
		const [two] = change?.combinations ?? [];
		expect(two?.size).toBe(2);
		expect(two?.modelledRank).toBe(1);
		for (const f of two?.factors ?? []) expect(f.to).toBeLessThanOrEqual(3);
		// Equal weights and spreads: the cheapest split moves both by the same number of sds.
		expect(two?.factors[0]?.changeInSd).toBeCloseTo(
			two?.factors[1]?.changeInSd ?? 0,
			6,
		);
		const tried = whatIf(
			built,
			rows,
			"m1",
			Object.fromEntries((two?.factors ?? []).map((f) => [f.factorId, f.to])),
		);
		expect(tried?.after.rank).toBe(1);
	});

	it("marks every modelled figure synthetic when any factor value of the year is", () => {
		const published = smallRows.map((r) => ({
			...r,
			provenance: "published" as const,
		}));
		const built = buildModel(published, smallFactors);
		expect(smallestChangeToRank(built, published, "m1", 1)?.provenance).toBe(
			"published",
		);
		const oneSynthetic = published.map((r) =>
			r.code === "m3"
				? { ...r, factorProvenances: { a: "synthetic" as const } }
				: r,
		);
		expect(smallestChangeToRank(built, oneSynthetic, "m1", 1)?.provenance).toBe(
			"synthetic",
		);
	});

	it("is null for an unknown municipality", () => {
		expect(smallestChangeToRank(model, smallRows, "0000")).toBeNull();
	});

	it("reaches the target rank when the needed score is applied", () => {
		fc.assert(
			fc.property(
				yearArbitrary,
				fc.nat(),
				fc.integer({ min: 1, max: 5 }),
				({ rows, factors }, pick, targetRank) => {
					const built = buildModel(rows, factors);
					const code = rows[pick % rows.length]?.code ?? "";
					const plan = smallestChangeToRank(built, rows, code, targetRank);
					for (const need of plan?.factors ?? []) {
						if (need.needed === null) continue;
						const after = whatIf(built, rows, code, {
							[need.factorId]: need.needed,
						});
						expect(after?.after.rank).toBeLessThanOrEqual(targetRank);
					}
					for (const path of plan?.combinations ?? []) {
						expect(path.factors).toHaveLength(path.size);
						const after = whatIf(
							built,
							rows,
							code,
							Object.fromEntries(path.factors.map((f) => [f.factorId, f.to])),
						);
						expect(after?.after.rank).toBe(path.modelledRank);
						expect(path.modelledRank).toBeLessThanOrEqual(targetRank);
						for (const f of path.factors) {
							const best = plan?.factors.find(
								(n) => n.factorId === f.factorId,
							)?.bestObserved;
							const weight = built.weights.find(
								(w) => w.factorId === f.factorId,
							);
							const beyond =
								best == null
									? 0
									: (f.to - best) * (weight?.higherIsBetter ? 1 : -1);
							expect(beyond).toBeLessThanOrEqual(1e-9);
						}
					}
				},
			),
		);
	});
});
