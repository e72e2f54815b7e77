import { describe, expect, it } from "vitest";
import { countRanked, rankFactors } from "./factorRanks.ts";
import { factor, row } from "./modelTestData.ts";

describe("rankFactors", () => {
	const rows = [
		row("a", 1, { omdome: 4.1, skatt: 21.5 }),
		row("b", 2, { omdome: 3.9, skatt: 20.1 }),
		row("c", 3, { omdome: 4.1, skatt: null }),
		row("d", 4, { omdome: 3.2, skatt: 22 }),
	];
	const ranks = rankFactors(rows, [
		factor("omdome", 1, true),
		factor("skatt", 1, false),
	]);

	it("ranks a higher-is-better factor from the highest, sharing equal values", () => {
		expect(ranks.omdome).toEqual({ a: 1, b: 3, c: 1, d: 4 });
	});

	it("ranks a lower-is-better factor from the lowest, leaving missing values unranked", () => {
		expect(ranks.skatt).toEqual({ a: 2, b: 1, c: null, d: 3 });
		expect(countRanked(ranks.skatt ?? {})).toBe(3);
	});
});
