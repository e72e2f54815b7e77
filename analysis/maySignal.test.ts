import { describe, expect, it } from "vitest";
import type { MaySignalPair } from "../domain/figures.ts";
import { computeMaySignal } from "./maySignal.ts";

/** Ranks exactly e^(7 − score): scores 2.0..4.5 by 0.5 in each year. */
function exactPairs(years: number[]): MaySignalPair[] {
	return years.flatMap((year) =>
		[2, 2.5, 3, 3.5, 4, 4.5].map((score, i) => ({
			year,
			code: `k${i}`,
			mayScore: score,
			septemberRank: Math.exp(7 - score),
		})),
	);
}

describe("computeMaySignal", () => {
	it("reads the expected rank off the fitted line ln(rank) = a + b·score", () => {
		const signal = computeMaySignal(exactPairs([2021, 2019, 2020, 2022]), 3.9);
		expect(signal.status).toBe("ok");
		// e^(7 − 3.9) = e^3.1 ≈ 22.2
		expect(signal.expectedRank).toBe(22);
		expect(signal.low).toBe(22);
		expect(signal.high).toBe(22);
		expect(signal.fit?.relation).toBe("ln-rank-by-score");
		expect(signal.fit?.slope).toBeCloseTo(-1, 9);
		expect(signal.fit?.intercept).toBeCloseTo(7, 9);
		expect(signal.fit?.rSquared).toBeCloseTo(1, 9);
		expect(signal.fit?.n).toBe(24);
		expect(signal.fit?.years).toEqual([2019, 2020, 2021, 2022]);
	});

	it("clamps the expectation to 1..290", () => {
		const pairs = exactPairs([2019, 2020, 2021, 2022]);
		expect(computeMaySignal(pairs, 8).expectedRank).toBe(1);
		expect(computeMaySignal(pairs, -5).expectedRank).toBe(290);
	});

	it("gives a band that is narrow near the top and wide further down, never below rank 1", () => {
		// Ten pairs at score 3 (ranks e^4·e^±0.2), ten at 4 (e^3·e^±0.2): residuals ±0.2 on the log scale.
		const pairs: MaySignalPair[] = Array.from({ length: 20 }, (_, i) => ({
			year: 2020,
			code: `k${i}`,
			mayScore: i < 10 ? 3 : 4,
			septemberRank: Math.exp((i < 10 ? 4 : 3) + (i % 2 === 0 ? 0.2 : -0.2)),
		}));
		const signal = computeMaySignal(pairs, 3.5);
		const s = Math.sqrt((20 * 0.04) / 18);
		const spread = 1.33 * s * Math.sqrt(1 + 1 / 20);
		expect(signal.fit?.residualSd).toBeCloseTo(s, 12);
		expect(signal.expectedRank).toBe(Math.round(Math.exp(3.5)));
		expect(signal.low).toBe(Math.round(Math.exp(3.5 - spread)));
		expect(signal.high).toBe(Math.round(Math.exp(3.5 + spread)));
		expect((signal.high ?? 0) - (signal.expectedRank ?? 0)).toBeGreaterThan(
			(signal.expectedRank ?? 0) - (signal.low ?? 0),
		);
		expect(signal.low).toBeGreaterThanOrEqual(1);
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
