import { describe, expect, it } from "vitest";
import type { Ranking } from "../../../server/schemas/ranking.ts";
import type { OverviewFigures } from "../overview/overviewFigures.ts";
import {
	type ReportInput,
	reportProvenances,
	reportSentences,
} from "./reportData.ts";

const ranking = {
	municipality: { name: "Partille", code: "1402" },
	provenances: ["published"],
	maySignal: null,
	trend: { targetRank: 10, targetYear: 2026, status: "off-track" },
} as unknown as Ranking;

const figures = {
	year: 2023,
	rank: 32,
	placesToTop10: 22,
	provenances: ["published"],
} as unknown as OverviewFigures;

const input: ReportInput = {
	ranking,
	figures,
	gap: null,
	insikt: null,
	comparison: null,
};

describe("the report's summary and provenances", () => {
	it("writes the rank sentence even before the other answers arrive", () => {
		expect(reportSentences(input, "sv")).toEqual([
			"Partille placerade sig på 32:a plats 2023, 22 placeringar från topp 10. Med nuvarande trend nås inte målet till 2026.",
		]);
	});
	it("collects the provenances of every answer it shows", () => {
		expect(reportProvenances(input)).toEqual(["published", "published"]);
		expect(
			reportProvenances({
				...input,
				comparison: { provenances: ["synthetic"] } as ReportInput["comparison"],
			}),
		).toContain("synthetic");
	});
});
