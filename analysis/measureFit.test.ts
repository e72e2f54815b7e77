import { describe, expect, it } from "vitest";
import { measureFit } from "./measureFit.ts";
import { buildModel } from "./model.ts";
import { factor, row, smallFactors, smallRows } from "./modelTestData.ts";

describe("measureFit", () => {
	it("compares modelled ranks (3, 2, 1) with published ranks (2, 3, 1)", () => {
		const fit = measureFit(buildModel(smallRows, smallFactors), smallRows);
		// Rank differences 1, 1, 0: ρ = 1 − 6·2 / (3·8) = 0.5.
		expect(fit.spearman).toBeCloseTo(0.5, 12);
		expect(fit.shareWithin5).toBe(1);
		expect(fit.shareWithin10).toBe(1);
		expect(fit.n).toBe(3);
	});

	it("counts shares within ±5 and ±10 places and skips unpublished ranks", () => {
		const x = [factor("x", 1, true)];
		const rows = [
			row("p1", 1, { x: 40 }), // modelled 1
			row("p2", 8, { x: 30 }), // modelled 2: 6 places off
			row("p3", 14, { x: 20 }), // modelled 3: 11 places off
			row("p4", 4, { x: 10 }), // modelled 4: exact
			row("p5", null, { x: 0 }), // no published rank
		];
		const fit = measureFit(buildModel(rows, x), rows);
		expect(fit.n).toBe(4);
		expect(fit.shareWithin5).toBe(0.5);
		expect(fit.shareWithin10).toBe(0.75);
	});

	it("has null measures when nothing can be compared", () => {
		const rows = [row("p1", null, { x: 1 })];
		expect(measureFit(buildModel(rows, [factor("x", 1, true)]), rows)).toEqual({
			spearman: null,
			shareWithin5: null,
			shareWithin10: null,
			n: 0,
		});
	});
});
