import { describe, expect, it } from "vitest";
import type { RankingYear } from "../../../server/schemas/ranking.ts";
import {
	rankAxisDomain,
	rankAxisTicks,
	toRankChartPoints,
} from "./rankChartData.ts";

const year = (y: number, rank: number | null): RankingYear => ({
	year: y,
	rank,
	score: null,
	provenance: "published",
	scoreProvenance: null,
	source: null,
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

describe("rankAxisDomain", () => {
	it("runs from 1 to a round number past the worst rank", () => {
		expect(
			rankAxisDomain(toRankChartPoints([year(2014, 30), year(2022, 41)])),
		).toEqual([1, 50]);
	});
	it("always leaves room around the top-10 line", () => {
		expect(rankAxisDomain(toRankChartPoints([year(2014, 1)]))).toEqual([1, 30]);
	});
	it("uses steps of 50 for ranks far down the list", () => {
		const domain = rankAxisDomain(toRankChartPoints([year(2019, 164)]));
		expect(domain).toEqual([1, 200]);
		expect(rankAxisTicks(domain)).toEqual([1, 50, 100, 150, 200]);
	});
});
