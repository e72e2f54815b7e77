import { describe, expect, it } from "vitest";
import type { RankingYear } from "../../../server/schemas/ranking.ts";
import {
	buildRankTrendRows,
	methodChangeX,
	toRankChartPoints,
} from "./rankTrendData.ts";

const year = (
	y: number,
	rank: number | null,
	provenance: RankingYear["provenance"] = "published",
): RankingYear => ({
	year: y,
	rank,
	score: null,
	provenance,
	scoreProvenance: null,
	rankSource: null,
	scoreSource: null,
});

describe("toRankChartPoints", () => {
	it("keeps ranked years in order and drops survey-only years", () => {
		const points = toRankChartPoints([
			year(2024, null),
			year(2015, 20),
			year(2014, 30),
		]);
		expect(points.map((p) => p.year)).toEqual([2014, 2015]);
	});
});

describe("buildRankTrendRows", () => {
	const partille = [
		year(2021, 24),
		year(2022, 41),
		year(2023, 32),
		year(2024, null),
	];
	it("gives every year a row up to the target year", () => {
		const rows = buildRankTrendRows(partille, null, 2026);
		expect(rows.map((r) => r.year)).toEqual([
			2021, 2022, 2023, 2024, 2025, 2026,
		]);
		expect(rows.map((r) => r.rank)).toEqual([24, 41, 32, null, null, null]);
		expect(rows.every((r) => r.projection === null)).toBe(true);
	});
	it("draws the projection from the latest rank to the projected one", () => {
		const rows = buildRankTrendRows(
			partille,
			{ year: 2025, rank: 28, low: 10, high: 46 },
			2025,
		);
		expect(rows.map((r) => r.projection)).toEqual([null, null, 32, 30, 28]);
		expect(rows.map((r) => r.band)).toEqual([
			null,
			null,
			[32, 32],
			[21, 39],
			[10, 46],
		]);
	});
	it("skips a projection into a year that already has a rank", () => {
		const rows = buildRankTrendRows(
			partille,
			{ year: 2022, rank: 28, low: 10, high: 46 },
			2022,
		);
		expect(rows.every((r) => r.projection === null)).toBe(true);
		expect(rows.at(-1)?.year).toBe(2023);
	});
	it("keeps the provenance for hollow and filled dots", () => {
		const rows = buildRankTrendRows(
			[year(2019, 7), year(2020, 21, "synthetic")],
			null,
			null,
		);
		expect(rows.map((r) => r.provenance)).toEqual(["published", "synthetic"]);
	});
	it("starts the projection at the page's year and marks the later years", () => {
		const rows = buildRankTrendRows(
			[year(2022, 41), year(2023, 32), year(2024, 24, "synthetic")],
			{ year: 2026, rank: 32, low: 12, high: 51 },
			2026,
			2023,
		);
		expect(rows.map((r) => r.after)).toEqual([false, false, true, true, true]);
		expect(rows.map((r) => r.projection)).toEqual([null, 32, 32, 32, 32]);
		expect(rows.find((r) => r.year === 2024)?.rank).toBe(24);
	});
	it("is empty without a single rank", () => {
		expect(buildRankTrendRows([year(2024, null)], null, 2026)).toEqual([]);
	});
});

describe("methodChangeX", () => {
	it("marks the 2020 method change between 2019 and 2020", () => {
		expect(methodChangeX([{ year: 2014 }, { year: 2023 }])).toBe(2019.5);
		expect(methodChangeX([{ year: 2020 }, { year: 2023 }])).toBeNull();
		expect(methodChangeX([{ year: 2010 }, { year: 2019 }])).toBeNull();
		expect(methodChangeX([])).toBeNull();
	});
});
