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
	rankProvenance: "published",
	placesToTop10: 22,
	placesProvenance: "published",
	targetRank: 10,
	targetYear: 2026,
	status: "off-track",
	statusProvenance: "published",
	targetYearRank: null,
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
			{
				text: "Partille placerade sig på 32:a plats 2023, 22 placeringar från topp 10. Med nuvarande trend nås inte målet till 2026.",
				provenance: "published",
			},
		]);
	});
	it("marks a sentence synthetic when a figure it states is", () => {
		const [first] = reportSentences(
			{ ...input, figures: { ...figures, statusProvenance: "synthetic" } },
			"sv",
		);
		expect(first?.provenance).toBe("synthetic");
	});
	it("says truly that there was no Insikt up to the year, rather than showing a later one", () => {
		const insikt = {
			year: null,
			rankingYear: 2015,
			years: [2016, 2017],
			summary: null,
		} as unknown as ReportInput["insikt"];
		expect(reportSentences({ ...input, insikt }, "sv").at(-1)?.text).toBe(
			"Det finns inga Insikt-resultat för Partille till och med rankingåret 2015; det första året med resultat är 2016.",
		);
	});
	it("collects the provenances of every answer it shows", () => {
		expect(reportProvenances(input)).toEqual(["published", "published"]);
		expect(
			reportProvenances({
				...input,
				comparison: { provenances: ["synthetic"] } as ReportInput["comparison"],
			}),
		).toContain("synthetic");
		expect(
			reportProvenances({
				...input,
				planProgress: {
					provenances: ["synthetic"],
				} as ReportInput["planProgress"],
			}),
		).toContain("synthetic");
	});
});
