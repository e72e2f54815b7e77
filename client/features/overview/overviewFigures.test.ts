import { describe, expect, it } from "vitest";
import type { GapReport } from "../../../server/schemas/gap.ts";
import type { Ranking } from "../../../server/schemas/ranking.ts";
import { leadProvenances, overviewFigures } from "./overviewFigures.ts";

const municipality = {
	code: "1402",
	name: "Partille",
	countyCode: "14",
	countyName: "Västra Götalands län",
	kommungrupp: "A2",
};

const ranking: Ranking = {
	municipality,
	asOf: 2023,
	years: [
		{
			year: 2021,
			rank: 24,
			score: 3.9,
			provenance: "published",
			scoreProvenance: "published",
			rankSource: null,
			scoreSource: null,
		},
		{
			year: 2022,
			rank: 41,
			score: 3.8,
			provenance: "published",
			scoreProvenance: "published",
			rankSource: null,
			scoreSource: null,
		},
		{
			year: 2023,
			rank: 32,
			score: null,
			provenance: "published",
			scoreProvenance: null,
			rankSource: null,
			scoreSource: null,
		},
	],
	trend: {
		targetYear: 2026,
		targetRank: 10,
		years: [
			{
				year: 2021,
				rank: 24,
				score: 3.9,
				provenance: "published",
				scoreProvenance: "published",
				change: null,
				changeProvenance: null,
			},
			{
				year: 2022,
				rank: 41,
				score: 3.8,
				provenance: "published",
				scoreProvenance: "published",
				change: -17,
				changeProvenance: "published",
			},
			{
				year: 2023,
				rank: 32,
				score: null,
				provenance: "published",
				scoreProvenance: null,
				change: 9,
				changeProvenance: "published",
			},
		],
		latest: { year: 2023, rank: 32, provenance: "published" },
		best: { year: 2021, rank: 24, provenance: "published" },
		worst: { year: 2022, rank: 41, provenance: "published" },
		yearsInTop10: [],
		trend: null,
		projection: {
			year: 2026,
			rank: 38,
			low: 20,
			high: 56,
			level: 0.8,
			provenance: "published",
		},
		status: "off-track",
		statusProvenance: "published",
		placesPerYearNeeded: 22 / 3,
		placesPerYearNeededProvenance: "published",
		targetYearRank: null,
	},
	maySignal: null,
	provenances: ["published"],
	history: { from: 2021, to: 2023, earliestYear: 2021 },
};

const gapFor = (year: number, synthetic: boolean): GapReport => {
	const numberTen = {
		code: "1233",
		name: "Vellinge",
		rank: 10,
		score: 4.1,
		provenance: synthetic ? ("synthetic" as const) : ("published" as const),
		scoreProvenance: synthetic
			? ("synthetic" as const)
			: ("published" as const),
	};
	return {
		municipality,
		year,
		years: [2021, 2022, 2023],
		gap: {
			year,
			code: "1402",
			name: "Partille",
			rank: 32,
			rankProvenance: "published",
			modelledRank: 34,
			placesToTop10: 22,
			top10: [numberTen],
			numberTen,
			factors: synthetic
				? [
						{
							factorId: "sammanfattande-omdome",
							label: "Sammanfattande omdöme",
							kind: "survey",
							weight: 1 / 3,
							higherIsBetter: true,
							ours: 3.72,
							oursProvenance: "synthetic",
							numberTen: 4.02,
							numberTenProvenance: "synthetic",
							top10Mean: 4.1,
							top10Provenances: ["synthetic"],
							gapToNumberTen: 0.3,
							gapToNumberTenProvenance: "synthetic",
							gapToTop10Mean: 0.38,
							gapToTop10MeanProvenance: "synthetic",
							contribution: 0.1,
							share: 0.5,
						},
					]
				: [],
			neighbours: { above: [], below: [] },
			modelProvenance: synthetic ? "synthetic" : "published",
		},
		model: {
			id: "weighted-standardised-mean",
			weights: [],
			fit: { spearman: null, shareWithin5: null, shareWithin10: null, n: 0 },
		},
		smallestChange: null,
		attribution: null,
		provenance: {
			ranks: ["published"],
			factors: synthetic ? ["synthetic"] : [],
		},
	};
};

describe("overviewFigures", () => {
	it("reads rank and change for the year, and places to the top 10 from the gap answer", () => {
		expect(
			overviewFigures(ranking, gapFor(2023, false), 2023).placesToTop10,
		).toBe(22);
		const f = overviewFigures(ranking, null, 2023);
		expect(f).toMatchObject({
			rank: 32,
			previousYear: 2022,
			change: 9,
			placesToTop10: null,
			score: null,
			scoreGap: null,
			status: "off-track",
			targetYear: 2026,
			provenances: ["published"],
		});
	});
	it("takes an older year's own previous year", () => {
		const f = overviewFigures(ranking, null, 2022);
		expect(f).toMatchObject({
			rank: 41,
			previousYear: 2021,
			change: -17,
			score: 3.8,
		});
	});
	it("compares the survey score with number 10's from the gap answer", () => {
		const f = overviewFigures(ranking, gapFor(2023, true), 2023);
		expect(f.score).toBe(3.72);
		expect(f.numberTenName).toBe("Vellinge");
		expect(f.numberTenScore).toBe(4.02);
		expect(f.scoreGap).toBeCloseTo(-0.3);
		expect(f.provenances).toEqual(["published", "synthetic"]);
	});
	it("marks each figure by its own provenance: a synthetic score gap beside a published rank", () => {
		const f = overviewFigures(ranking, gapFor(2023, true), 2023);
		expect(f).toMatchObject({
			rankProvenance: "published",
			changeProvenance: "published",
			placesProvenance: "published",
			placesPerYearNeededProvenance: "published",
			statusProvenance: "published",
			scoreProvenance: "synthetic",
			scoreGapProvenance: "synthetic",
		});
		expect(leadProvenances(f)).toEqual(["published"]);
	});
	it("makes a change synthetic when either rank is, and carries a passed target's rank", () => {
		const synthetic = structuredClone(ranking);
		const y2023 = synthetic.trend.years[2];
		if (y2023) y2023.changeProvenance = "synthetic";
		synthetic.trend.status = "missed";
		synthetic.trend.targetYear = 2022;
		synthetic.trend.targetYearRank = {
			year: 2022,
			rank: 41,
			provenance: "published",
		};
		const f = overviewFigures(synthetic, null, 2023);
		expect(f.changeProvenance).toBe("synthetic");
		expect(f.targetYearRank).toEqual({
			year: 2022,
			rank: 41,
			provenance: "published",
		});
		expect(f.provenances).toContain("synthetic");
	});
	it("ignores a gap answer for another year", () => {
		expect(
			overviewFigures(ranking, gapFor(2022, true), 2023).numberTenName,
		).toBeNull();
	});
	it("has no rank for a year without one", () => {
		const f = overviewFigures(ranking, null, 2025);
		expect(f).toMatchObject({
			rank: null,
			change: null,
			placesToTop10: null,
			previousYear: 2023,
		});
	});
});
