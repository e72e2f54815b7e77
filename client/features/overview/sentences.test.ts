import { describe, expect, it } from "vitest";
import type { InsiktSummary } from "../../../analysis/insikt.ts";
import type { RankChangeAttribution } from "../../../analysis/rankChangeAttribution.ts";
import type { MaySignalReport } from "../../../server/schemas/ranking.ts";
import {
	attributionSentence,
	factorDigits,
	insiktSentence,
	maySignalSentence,
	overviewSentence,
} from "./sentences.ts";

describe("overviewSentence", () => {
	const partille = {
		name: "Partille",
		year: 2023,
		rank: 32,
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
		expect(overviewSentence({ ...partille, rank: 11 })).toContain(
			"1 placering från topp 10",
		);
		expect(
			overviewSentence({
				...partille,
				rank: 7,
				year: 2019,
				status: "in-top10",
			}),
		).toBe(
			"Partille placerade sig på 7:e plats 2019, inom topp 10. Senaste placeringen är inom topp 10; målet är att hålla den till 2026.",
		);
		expect(overviewSentence({ ...partille, rank: null, year: 2025 })).toMatch(
			/^Partille har ingen placering 2025\./,
		);
		expect(
			overviewSentence({ ...partille, status: "insufficient-data" }),
		).toContain("för få år");
	});
	it("speaks English when asked", () => {
		expect(overviewSentence(partille, "en")).toBe(
			"Partille ranked 32nd in 2023, 22 places from the top 10. On the current trend the target is not reached by 2026.",
		);
	});
});

describe("attributionSentence", () => {
	const base: RankChangeAttribution = {
		code: "1402",
		fromYear: 2022,
		toYear: 2023,
		publishedRank: { from: 41, to: 32, change: 9 },
		modelledRank: { from: 40, to: 35, change: 5 },
		modelledScore: { from: -0.1, to: 0.05, change: 0.15 },
		factors: [
			{
				factorId: "service",
				label: "Service till företagen",
				scoreFrom: 3.4,
				scoreTo: 3.5,
				meanFrom: 3.3,
				meanTo: 3.6,
				contribution: -0.04,
			},
			{
				factorId: "kommunalskatt",
				label: "Kommunalskatt",
				scoreFrom: 32.1,
				scoreTo: 32.1,
				meanFrom: 32.3,
				meanTo: 32.4,
				contribution: 0.01,
			},
		],
	};
	const weights = [
		{ factorId: "service", higherIsBetter: true },
		{ factorId: "kommunalskatt", higherIsBetter: false },
	];
	it("explains a score that rose while the others rose more", () => {
		expect(attributionSentence(base, weights, "Partille")).toBe(
			"Partille klättrade 9 placeringar mellan 2022 och 2023, från 41:a till 32:a plats. Enligt modellen förklaras förändringen mest av service till företagen: värdet steg från 3,40 till 3,50, men de andra kommunerna förbättrades mer (snittet för alla kommuner steg från 3,30 till 3,60), så faktorn drog ned placeringen.",
		);
	});
	it("explains a lower-is-better factor that helped", () => {
		const text = attributionSentence(
			{
				...base,
				publishedRank: { from: 30, to: 35, change: -5 },
				factors: [
					{
						factorId: "kommunalskatt",
						label: "Kommunalskatt",
						scoreFrom: 32.5,
						scoreTo: 32.0,
						meanFrom: 32.3,
						meanTo: 32.4,
						contribution: 0.03,
					},
				],
			},
			weights,
			"Partille",
		);
		expect(text).toContain("föll 5 placeringar");
		expect(text).toContain(
			"värdet sjönk från 32,50 till 32,00 medan snittet för alla kommuner steg",
		);
		expect(text).toContain("drog upp placeringen");
	});
	it("says so when the model moved the other way than the published rank", () => {
		const text = attributionSentence(
			{ ...base, modelledRank: { from: 50, to: 82, change: -32 } },
			weights,
			"Partille",
		);
		expect(text).toContain(
			"Modellen fångar inte den rörelsen: den modellerade placeringen gick i stället från 50:e till 82:a, och det förklaras mest av service till företagen:",
		);
	});
	it("says so when there are no factor results", () => {
		expect(
			attributionSentence({ ...base, factors: [] }, weights, "Partille"),
		).toContain("inga faktorresultat");
	});
	it("says so when a rank is missing", () => {
		expect(
			attributionSentence(
				{ ...base, publishedRank: { from: null, to: 32, change: null } },
				weights,
				"Partille",
			),
		).toMatch(/^Partille saknar placering 2022/);
	});
	it("has an English version", () => {
		expect(attributionSentence(base, weights, "Partille", "en")).toContain(
			"but the others improved more",
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

describe("insiktSentence", () => {
	const summary: InsiktSummary = {
		code: "1402",
		year: 2022,
		areas: [
			{
				area: "totalt",
				value: 75,
				responses: 117,
				provenance: "published",
				riket: 74.6,
				topDecile: 82,
				grade: { id: "hogt", roundedNki: 75 },
				rank: 80,
				rankedCount: 187,
				trend: [],
			},
		],
		weakestServiceFactors: [{ measure: "effektivitet", value: 68, riket: 70 }],
		definitionBreaks: [],
	};
	it("sums up NKI totalt against Riket with the grade and rank", () => {
		expect(insiktSentence(summary, "Partille")).toBe(
			"I SKR Insikt 2022 fick Partille NKI totalt 75 (riket 75), betyget högt, plats 80 av 187. Svagast serviceområde: effektivitet (68).",
		);
		expect(insiktSentence({ ...summary, areas: [] }, "Partille")).toBeNull();
	});
});

describe("factorDigits", () => {
	it("gives survey scores two decimals and statistics what their size needs", () => {
		expect(factorDigits("survey", 3.9)).toBe(2);
		expect(factorDigits("statistic", 32.5)).toBe(1);
		expect(factorDigits("statistic", 150)).toBe(0);
		expect(factorDigits("statistic", 0.4)).toBe(2);
	});
});
