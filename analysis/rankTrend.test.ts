import { describe, expect, it } from "vitest";
import type { RankPoint } from "../domain/figures.ts";
import { computeRankTrend } from "./rankTrend.ts";

const partilleRanks = [30, 20, 15, 18, 8, 7, 21, 24, 41, 32];
const partille: RankPoint[] = partilleRanks.map((rank, i) => ({
	year: 2014 + i,
	rank,
	score: null,
	provenance: "published",
}));

function series(ranks: (number | null)[], firstYear = 2020): RankPoint[] {
	return ranks.map((rank, i) => ({
		year: firstYear + i,
		rank,
		score: null,
		provenance: "synthetic",
	}));
}

describe("computeRankTrend with Partille 2014–2023", () => {
	const trend = computeRankTrend(partille, { targetYear: 2026 });

	it("reports change as places climbed since the previous year", () => {
		expect(trend.years.map((y) => y.change)).toEqual([
			null,
			10,
			5,
			-3,
			10,
			1,
			-14,
			-3,
			-17,
			9,
		]);
	});

	it("finds best, worst, latest and the top-10 years", () => {
		const published = "published";
		expect(trend.best).toEqual({ year: 2019, rank: 7, provenance: published });
		expect(trend.worst).toEqual({
			year: 2022,
			rank: 41,
			provenance: published,
		});
		expect(trend.latest).toEqual({
			year: 2023,
			rank: 32,
			provenance: published,
		});
		expect(trend.yearsInTop10).toEqual([2018, 2019]);
	});

	it("fits a worsening trend: Σ(x−x̄)(y−ȳ) = 109 over Σ(x−x̄)² = 82.5", () => {
		expect(trend.trend?.placesPerYear).toBeCloseTo(109 / 82.5, 12);
		expect(trend.trend?.n).toBe(10);
	});

	it("projects 2026 at 21.6 + 7.5·1.3212 ≈ 31.5 → 32 with an 80 % band of 12–51", () => {
		expect(trend.projection).toEqual({
			year: 2026,
			rank: 32,
			low: 12,
			high: 51,
			level: 0.8,
			provenance: "published",
		});
		expect(trend.status).toBe("off-track");
		expect(trend.statusProvenance).toBe("published");
	});

	it("needs (32 − 10) / 3 places a year from 2023 to reach top 10 in 2026", () => {
		expect(trend.placesPerYearNeeded).toBeCloseTo(22 / 3, 12);
	});

	it("judges a passed target year by its own rank: 2020 missed at 21st, 2019 reached at 7th", () => {
		const missed = computeRankTrend(partille, { targetYear: 2020 });
		expect(missed.placesPerYearNeeded).toBeNull();
		expect(missed.status).toBe("missed");
		expect(missed.targetYearRank).toEqual({
			year: 2020,
			rank: 21,
			provenance: "published",
		});
		const reached = computeRankTrend(partille, { targetYear: 2019 });
		expect(reached.status).toBe("reached");
		expect(reached.statusProvenance).toBe("published");
	});

	it("marks a change synthetic when either rank is", () => {
		const mixed = computeRankTrend(
			[
				{ year: 2022, rank: 41, score: null, provenance: "published" },
				{ year: 2023, rank: 30, score: null, provenance: "synthetic" },
				{ year: 2024, rank: 28, score: null, provenance: "synthetic" },
			],
			{ targetYear: 2026 },
		);
		expect(mixed.years.map((y) => y.changeProvenance)).toEqual([
			null,
			"synthetic",
			"synthetic",
		]);
		expect(mixed.trend?.provenance).toBe("synthetic");
		expect(mixed.placesPerYearNeededProvenance).toBe("synthetic");
	});
});

describe("computeRankTrend edge cases", () => {
	it("computes change against the previous ranked year across a gap", () => {
		const trend = computeRankTrend(series([50, null, 40]), {
			targetYear: 2025,
		});
		expect(trend.years.map((y) => y.change)).toEqual([null, null, 10]);
	});

	it("is insufficient-data with fewer than 3 ranked years", () => {
		const trend = computeRankTrend(series([50, null, 40]), {
			targetYear: 2025,
		});
		expect(trend.status).toBe("insufficient-data");
		expect(trend.trend).toBeNull();
		expect(trend.projection).toBeNull();
		expect(trend.placesPerYearNeeded).toBeCloseTo(30 / 3, 12);
	});

	it("is in-top10 when the latest rank is within the target", () => {
		const trend = computeRankTrend(series([20, 15, 9]), { targetYear: 2025 });
		expect(trend.status).toBe("in-top10");
		expect(trend.placesPerYearNeeded).toBeNull();
	});

	it("is on-track when the projected rank reaches the target, clamped at 1", () => {
		// 40, 30, 20 in 2020–2022 → −10 a year → 2024 at 0, clamped to 1.
		const trend = computeRankTrend(series([40, 30, 20]), { targetYear: 2024 });
		expect(trend.status).toBe("on-track");
		expect(trend.projection?.rank).toBe(1);
		expect(trend.projection?.low).toBe(1);
		expect(trend.placesPerYearNeeded).toBe(5);
	});

	it("clamps projections at the last rank and honours a custom target", () => {
		const trend = computeRankTrend(series([200, 250, 280]), {
			targetYear: 2030,
			targetRank: 100,
		});
		expect(trend.projection?.rank).toBe(290);
		expect(trend.status).toBe("off-track");
		expect(trend.targetRank).toBe(100);
	});

	it("sorts unsorted input by year and copes with no points", () => {
		const trend = computeRankTrend(series([30, 20, 10]).reverse(), {
			targetYear: 2025,
		});
		expect(trend.years.map((y) => y.year)).toEqual([2020, 2021, 2022]);
		expect(computeRankTrend([], { targetYear: 2025 })).toMatchObject({
			latest: null,
			best: null,
			status: "insufficient-data",
			placesPerYearNeeded: null,
		});
	});
});
