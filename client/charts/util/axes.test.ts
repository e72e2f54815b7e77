import { describe, expect, it } from "vitest";
import {
	nkiAxisDomain,
	nkiTicks,
	nkiValueAxis,
	rankAxisDomain,
	rankAxisTicks,
} from "./axes.ts";

describe("rankAxisDomain", () => {
	it("runs from 1 to a round number past the worst rank", () => {
		expect(rankAxisDomain([{ rank: 30 }, { rank: 41 }])).toEqual([1, 50]);
	});
	it("always leaves room around the top-10 line", () => {
		expect(rankAxisDomain([{ rank: 1 }])).toEqual([1, 30]);
	});
	it("uses steps of 50 for ranks far down the list", () => {
		const domain = rankAxisDomain([{ rank: 164 }]);
		expect(domain).toEqual([1, 200]);
		expect(rankAxisTicks(domain)).toEqual([1, 50, 100, 150, 200]);
	});
	it("makes room for the projection band", () => {
		expect(rankAxisDomain([{ rank: 32 }], [47])).toEqual([1, 50]);
		expect(rankAxisDomain([{ rank: 250 }], [400])).toEqual([1, 290]);
	});
});

describe("nkiAxisDomain and nkiTicks", () => {
	it("rounds to tens around the values, at least 50–90", () => {
		expect(nkiAxisDomain([66, 75])).toEqual([50, 90]);
		expect(nkiAxisDomain([44.2, 93, null])).toEqual([40, 100]);
		expect(nkiAxisDomain([])).toEqual([50, 90]);
	});
	it("ticks every ten", () => {
		expect(nkiTicks([50, 100])).toEqual([50, 60, 70, 80, 90, 100]);
		expect(nkiTicks([45, 90])).toEqual([50, 60, 70, 80, 90]);
	});
});

describe("nkiValueAxis", () => {
	it("frames the peers' NKI in round steps", () => {
		expect(nkiValueAxis([63, 71, 79.5])).toEqual({
			domain: [60, 85],
			ticks: [60, 65, 70, 75, 80, 85],
			digits: 0,
		});
	});
	it("stays within 0–100", () => {
		expect(nkiValueAxis([97, 99.5]).domain[1]).toBe(100);
	});
});
