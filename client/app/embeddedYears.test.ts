import { describe, expect, it } from "vitest";
import type { DataYears } from "../../server/schemas/years.ts";
import { parseEmbeddedYears } from "./embeddedYears.ts";

const YEARS: DataYears = {
	rankingYears: [2022, 2023],
	scoreYears: [2023],
	insiktYears: [],
	coverage: {
		ranking: [
			{ year: 2022, municipalities: 290, complete: true },
			{ year: 2023, municipalities: 12, complete: false },
		],
		scores: [{ year: 2023, municipalities: 290, complete: true }],
		insikt: [],
	},
	latestComplete: { ranking: 2022, scores: 2023, insikt: null },
	lastImportAt: "2026-05-01T10:00:00.000Z",
};

describe("parseEmbeddedYears", () => {
	it("reads the years as /api/years answers them", () => {
		expect(parseEmbeddedYears(JSON.stringify(YEARS))).toEqual(YEARS);
		const beforeAnyImport = { ...YEARS, lastImportAt: null };
		expect(parseEmbeddedYears(JSON.stringify(beforeAnyImport))).toEqual(
			beforeAnyImport,
		);
	});

	it("gives null without a meta element or content (the Vite dev server)", () => {
		expect(parseEmbeddedYears(null)).toBeNull();
		expect(parseEmbeddedYears(undefined)).toBeNull();
		expect(parseEmbeddedYears("")).toBeNull();
	});

	it("gives null for content that is not JSON", () => {
		expect(parseEmbeddedYears("{rankingYears: [2023]")).toBeNull();
		expect(parseEmbeddedYears("&#34;")).toBeNull();
	});

	it("gives null for JSON that is not the years' shape, so the client asks /api/years", () => {
		const broken: unknown[] = [
			null,
			[],
			2023,
			{ ...YEARS, rankingYears: ["2023"] },
			{ ...YEARS, rankingYears: [2023.5] },
			{ ...YEARS, scoreYears: undefined },
			{ ...YEARS, latestComplete: { ranking: 2022, scores: 2023 } },
			{ ...YEARS, latestComplete: { ...YEARS.latestComplete, ranking: "x" } },
			{
				...YEARS,
				coverage: { ...YEARS.coverage, ranking: [{ year: 2022 }] },
			},
			{ ...YEARS, lastImportAt: 0 },
		];
		for (const value of broken)
			expect(
				parseEmbeddedYears(JSON.stringify(value)),
				String(value),
			).toBeNull();
	});
});
