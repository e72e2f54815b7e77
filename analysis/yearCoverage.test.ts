import { describe, expect, it } from "vitest";
import {
	assessInsiktCoverage,
	assessRankingCoverage,
	latestCompleteYear,
} from "./yearCoverage.ts";

describe("year coverage", () => {
	it("calls a ranking year complete only with all 290", () => {
		const coverage = assessRankingCoverage([
			{ year: 2025, municipalities: 290 },
			{ year: 2026, municipalities: 3 },
		]);
		expect(coverage.map((c) => c.complete)).toEqual([true, false]);
		expect(latestCompleteYear(coverage)).toBe(2025);
	});

	it("calls an Insikt year complete at 80 % of the usual coverage", () => {
		const coverage = assessInsiktCoverage([
			{ year: 2021, municipalities: 190 },
			{ year: 2022, municipalities: 200 },
			{ year: 2023, municipalities: 195 },
			{ year: 2024, municipalities: 150 },
		]);
		// Median 192.5 → at least 154.
		expect(coverage.map((c) => c.complete)).toEqual([true, true, true, false]);
		expect(latestCompleteYear(coverage)).toBe(2023);
	});

	it("falls back to the latest year when none is complete", () => {
		expect(
			latestCompleteYear(
				assessRankingCoverage([{ year: 2020, municipalities: 5 }]),
			),
		).toBe(2020);
		expect(latestCompleteYear([])).toBeNull();
	});
});
