import { describe, expect, it } from "vitest";
import type { RankChangeAttribution } from "../../../analysis/rankChangeAttribution.ts";
import { attributionSentence } from "./attributionSentence.ts";

describe("attributionSentence", () => {
	const base: RankChangeAttribution = {
		code: "1402",
		fromYear: 2022,
		toYear: 2023,
		publishedRank: { from: 41, to: 32, change: 9 },
		modelledRank: { from: 40, to: 35, change: 5 },
		modelledScore: { from: -0.1, to: 0.05, change: 0.15 },
		publishedRankProvenance: "published",
		provenance: "synthetic",
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
