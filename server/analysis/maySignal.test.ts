import { describe, expect, it } from "vitest";
import { computeMaySignal, type MaySignalPair } from "./maySignal.ts";

/** Ranks exactly 200 − 40·score: scores 2.0..4.5 by 0.5 in each year. */
function exactPairs(years: number[]): MaySignalPair[] {
	return years.flatMap((year) =>
		[2, 2.5, 3, 3.5, 4, 4.5].map((score, i) => ({
			year,
			code: `k${i}`,
			mayScore: score,
			septemberRank: 200 - 40 * score,
		})),
	);
}

describe("computeMaySignal", () => {
	it("reads the expected rank off the fitted line", () => {
		const signal = computeMaySignal(exactPairs([2021, 2019, 2020, 2022]), 3.9);
		expect(signal.status).toBe("ok");
		expect(signal.expectedRank).toBe(44);
		expect(signal.low).toBe(44);
		expect(signal.high).toBe(44);
		expect(signal.fit?.slope).toBeCloseTo(-40, 9);
		expect(signal.fit?.rSquared).toBeCloseTo(1, 9);
		expect(signal.fit?.n).toBe(24);
		expect(signal.fit?.years).toEqual([2019, 2020, 2021, 2022]);
	});

	it("clamps the expectation to 1..290", () => {
		const pairs = exactPairs([2019, 2020, 2021, 2022]);
		expect(computeMaySignal(pairs, 6).expectedRank).toBe(1);
		expect(computeMaySignal(pairs, -5).expectedRank).toBe(290);
	});

	it("widens the band with scatter: ±t(0.90, 18)·s·√(1 + 1/n) at the mean score", () => {
		// Ten pairs at score 3 (ranks 85/75), ten at 4 (45/35): line 200 − 40·score, residuals ±5.
		const pairs: MaySignalPair[] = Array.from({ length: 20 }, (_, i) => ({
			year: 2020,
			code: `k${i}`,
			mayScore: i < 10 ? 3 : 4,
			septemberRank: (i < 10 ? 80 : 40) + (i % 2 === 0 ? 5 : -5),
		}));
		const signal = computeMaySignal(pairs, 3.5);
		const s = Math.sqrt(500 / 18);
		const spread = 1.33 * s * Math.sqrt(1 + 1 / 20);
		expect(signal.fit?.residualSd).toBeCloseTo(s, 12);
		expect(signal.fit?.rSquared).toBeCloseTo(1 - 500 / 8500, 12);
		expect(signal.expectedRank).toBe(60);
		expect(signal.low).toBe(Math.round(60 - spread));
		expect(signal.high).toBe(Math.round(60 + spread));
		expect([signal.low, signal.high]).toEqual([53, 67]);
	});

	it("is insufficient with fewer than 20 complete pairs", () => {
		const pairs = exactPairs([2019, 2020, 2021]).concat(
			exactPairs([2022]).map((p) => ({ ...p, septemberRank: null })),
		);
		const signal = computeMaySignal(pairs, 3.9);
		expect(signal).toMatchObject({
			status: "insufficient-data",
			expectedRank: null,
			low: null,
			high: null,
			pairsUsed: 18,
			fit: null,
		});
	});
});
