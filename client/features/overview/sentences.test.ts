import { describe, expect, it } from "vitest";
import type { MaySignalReport } from "../../../server/schemas/ranking.ts";
import { maySignalSentence, overviewSentence } from "./sentences.ts";

describe("overviewSentence", () => {
	const partille = {
		name: "Partille",
		year: 2023,
		rank: 32,
		placesToTop10: 22,
		targetRank: 10,
		targetYear: 2026,
		status: "off-track" as const,
	};
	it("says where the municipality stands and whether the trend reaches the target", () => {
		expect(overviewSentence(partille)).toBe(
			"Partille placerade sig på 32:a plats 2023, 22 placeringar från topp 10. Med nuvarande trend nås inte målet till 2026.",
		);
		expect(overviewSentence({ ...partille, status: "on-track" })).toContain(
			"Med nuvarande trend nås målet till 2026.",
		);
	});
	it("handles one place, a top-10 rank, a missing rank and too little data", () => {
		expect(
			overviewSentence({ ...partille, rank: 11, placesToTop10: 1 }),
		).toContain("1 placering från topp 10");
		expect(
			overviewSentence({
				...partille,
				rank: 7,
				placesToTop10: 0,
				year: 2019,
				status: "in-top10",
			}),
		).toBe(
			"Partille placerade sig på 7:e plats 2019, inom topp 10. Senaste placeringen är inom topp 10; målet är att hålla den till 2026.",
		);
		expect(
			overviewSentence({
				...partille,
				rank: null,
				placesToTop10: null,
				year: 2025,
			}),
		).toMatch(/^Partille har ingen placering 2025\./);
		expect(
			overviewSentence({ ...partille, status: "insufficient-data" }),
		).toContain("för få år");
	});
	it("judges a passed target year by that year's rank", () => {
		expect(
			overviewSentence({
				...partille,
				targetYear: 2020,
				status: "missed",
				targetYearRank: 21,
			}),
		).toBe(
			"Partille placerade sig på 32:a plats 2023, 22 placeringar från topp 10. Målet topp 10 år 2020 nåddes inte: 21:a plats.",
		);
		expect(
			overviewSentence(
				{ ...partille, targetYear: 2019, status: "reached", targetYearRank: 7 },
				"en",
			),
		).toContain("The target of the top 10 in 2019 was reached: 7th.");
	});
	it("leaves the distance out until the API has answered it", () => {
		expect(overviewSentence({ ...partille, placesToTop10: null })).toMatch(
			/^Partille placerade sig på 32:a plats 2023\. Med nuvarande trend/,
		);
	});
	it("speaks English when asked", () => {
		expect(overviewSentence(partille, "en")).toBe(
			"Partille ranked 32nd in 2023, 22 places from the top 10. On the current trend the target is not reached by 2026.",
		);
	});
});

describe("maySignalSentence", () => {
	const report: MaySignalReport = {
		year: 2025,
		score: 3.9,
		scoreProvenance: "published",
		actualRank: null,
		actualRankProvenance: null,
		fitProvenances: [],
		expectedRankProvenance: "published",
		signal: {
			status: "insufficient-data",
			mayScore: 3.9,
			expectedRank: null,
			low: null,
			high: null,
			level: 0.8,
			pairsUsed: 5,
			fit: null,
		},
	};
	it("says honestly when the signal cannot be estimated", () => {
		expect(maySignalSentence(report, 20)).toBe(
			"Majenkätens sammanfattande omdöme 2025 är 3,90. Någon väntad septemberplacering kan inte skattas än: det finns 5 tidigare par av majomdöme och septemberplacering, minst 20 behövs.",
		);
	});
	it("gives the expected rank, band and fit", () => {
		expect(
			maySignalSentence(
				{
					...report,
					actualRank: 32,
					signal: {
						...report.signal,
						status: "ok",
						expectedRank: 25,
						low: 12,
						high: 40,
						pairsUsed: 35,
						fit: {
							relation: "ln-rank-by-score",
							slope: -1.2,
							intercept: 7.8,
							rSquared: 0.41,
							residualSd: 10,
							n: 35,
							years: [2017],
						},
					},
				},
				20,
			),
		).toBe(
			"Majenkätens sammanfattande omdöme 2025 är 3,90, vilket pekar mot ungefär 25:e plats i september (80 %-intervall 12–40). Skattningen bygger på 35 par, R² = 0,41. Utfallet i september blev 32:a plats.",
		);
	});
});
