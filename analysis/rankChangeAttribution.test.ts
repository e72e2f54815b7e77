import { describe, expect, it } from "vitest";
import { factor, row } from "./modelTestData.ts";
import { attributeRankChange } from "./rankChangeAttribution.ts";
import { buildYearModel, type YearResults } from "./yearModel.ts";

const survey = factor("omdome", 2, true);
const statistic = factor("foretagande", 1, true);
const root15 = Math.sqrt(1.5);

/**
 * Our survey score rises 3.8 → 3.9 but the others rise more (mean 3.6 → 4.0), so its z falls
 * from +√1.5 to −√1.5. The statistic keeps z = −√1.5 in both years.
 */
const previous: YearResults = {
	year: 2022,
	factors: [survey, statistic],
	rows: [
		row("us", 5, { omdome: 3.8, foretagande: 1 }),
		row("b", 6, { omdome: 3.6, foretagande: 2 }),
		row("c", 7, { omdome: 3.4, foretagande: 3 }),
	],
};
const current: YearResults = {
	year: 2023,
	factors: [statistic, survey],
	rows: [
		row("us", 20, { omdome: 3.9, foretagande: 2 }),
		row("b", 6, { omdome: 4.1, foretagande: 4 }),
		row("c", 7, { omdome: 4.0, foretagande: 6 }),
	],
};

describe("attributeRankChange", () => {
	const result = attributeRankChange(
		buildYearModel(previous),
		buildYearModel(current),
		"us",
	);

	it("is synthetic when the factor values of either year are", () => {
		expect(result?.provenance).toBe("synthetic");
		expect(result?.publishedRankProvenance).toBe("synthetic");
		const published = (y: YearResults): YearResults => ({
			...y,
			rows: y.rows.map((r) => ({ ...r, provenance: "published" })),
		});
		const both = attributeRankChange(
			buildYearModel(published(previous)),
			buildYearModel(published(current)),
			"us",
		);
		expect(both).toMatchObject({
			provenance: "published",
			publishedRankProvenance: "published",
		});
		const oneYear = attributeRankChange(
			buildYearModel(published(previous)),
			buildYearModel(current),
			"us",
		);
		expect(oneYear?.provenance).toBe("synthetic");
	});

	it("explains a fall in rank despite a rising survey score", () => {
		const [first, second] = result?.factors ?? [];
		expect(first).toMatchObject({
			factorId: "omdome",
			scoreFrom: 3.8,
			scoreTo: 3.9,
		});
		expect(first?.meanFrom).toBeCloseTo(3.6, 12);
		expect(first?.meanTo).toBeCloseTo(4.0, 12);
		// (2/3) · (−√1.5 − √1.5)
		expect(first?.contribution).toBeCloseTo((-4 * root15) / 3, 9);
		expect(second?.factorId).toBe("foretagande");
		expect(second?.contribution).toBeCloseTo(0, 9);
	});

	it("reports published and modelled rank changes with positive = climbed", () => {
		expect(result?.publishedRank).toEqual({ from: 5, to: 20, change: -15 });
		// Modelled totals: 2022 √1.5/3 (1st), 2023 −√1.5 (3rd).
		expect(result?.modelledRank).toEqual({ from: 1, to: 3, change: -2 });
		expect(result?.modelledScore.from).toBeCloseTo(root15 / 3, 9);
		expect(result?.modelledScore.to).toBeCloseTo(-root15, 9);
	});

	it("has factor contributions that sum to the change of the modelled total", () => {
		const sum = (result?.factors ?? []).reduce(
			(total, f) => total + f.contribution,
			0,
		);
		expect(sum).toBeCloseTo(result?.modelledScore.change ?? Number.NaN, 12);
	});

	it("covers a factor that exists in one year only", () => {
		const dropped = factor("entreprenader", 1, true);
		const withDropped: YearResults = {
			...previous,
			factors: [...previous.factors, dropped],
			rows: previous.rows.map((r, i) => ({
				...r,
				factorScores: { ...r.factorScores, entreprenader: 3 - i },
			})),
		};
		const changed = attributeRankChange(
			buildYearModel(withDropped),
			buildYearModel(current),
			"us",
		);
		const part = changed?.factors.find((f) => f.factorId === "entreprenader");
		// 2022: weight share 1/4, z = +√1.5; gone in 2023.
		expect(part?.contribution).toBeCloseTo(-root15 / 4, 9);
		expect(part?.scoreTo).toBeNull();
	});

	it("is null when the municipality is missing in either year", () => {
		expect(
			attributeRankChange(
				buildYearModel(previous),
				buildYearModel(current),
				"zz",
			),
		).toBeNull();
	});
});
