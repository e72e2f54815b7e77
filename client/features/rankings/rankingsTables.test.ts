import { describe, expect, it } from "vitest";
import type {
	NationalRanking,
	NationalRow,
} from "../../../server/schemas/rankings.ts";
import { toCsv } from "../../export/csv.ts";
import { focusSummary, orderFactors, ranksWithin } from "./rankingsData.ts";
import { focusTable, nationalTable } from "./rankingsTables.ts";

const FACTORS: NationalRanking["factors"] = [
	{
		id: "kommunalskatt",
		label: "Kommunalskatt",
		kind: "statistic",
		weight: 1,
		higherIsBetter: false,
		scaleMin: null,
		scaleMax: null,
		rankedCount: 290,
		rankProvenance: "published",
	},
	{
		id: "service",
		label: "Service till företagen",
		kind: "survey",
		weight: 1,
		higherIsBetter: true,
		scaleMin: 1,
		scaleMax: 6,
		rankedCount: 290,
		rankProvenance: "published",
	},
];

const row = (code: string, name: string, rank: number): NationalRow => ({
	code,
	name,
	countyName: "Västra Götalands län",
	kommungrupp: "A2",
	rank,
	provenance: "published",
	previousRank: rank + 9,
	change: 9,
	changeProvenance: "published",
	score: 3.66,
	scoreProvenance: "synthetic",
	factors: [
		{
			factorId: "kommunalskatt",
			value: 21.5,
			rank: rank + 1,
			provenance: "published",
		},
		{
			factorId: "service",
			value: 3.55,
			rank: rank + 2,
			provenance: "synthetic",
		},
	],
});

const ordered = orderFactors(FACTORS);
const rows = [row("1402", "Partille", 32), row("1401", "Härryda", 11)];

describe("nationalTable", () => {
	it("has rank, change, the municipality and each factor's value and rank, survey first", () => {
		const table = nationalTable(rows, ordered, null, 2022, "sv");
		expect(table.columns.map((c) => c.label)).toEqual([
			"Placering",
			"Förändring sedan 2022",
			"Kommun",
			"Kod",
			"Län",
			"Kommungrupp",
			"Service till företagen",
			"Service till företagen, placering",
			"Kommunalskatt",
			"Kommunalskatt, placering",
		]);
		expect(table.rows[0]).toMatchObject({
			rank: 32,
			change: 9,
			code: "1402",
			"f:service": 3.55,
			"r:service": 34,
		});
		expect(table.provenance?.[0]).toMatchObject({
			rank: "published",
			"f:service": "synthetic",
		});
	});
	it("adds the ranks within the selection when asked, and writes provenance columns into the CSV", () => {
		const within = ranksWithin(
			rows,
			ordered.map((f) => f.id),
		);
		const table = nationalTable(rows, ordered, within, 2022, "en");
		expect(table.columns.map((c) => c.key)).toContain("w:service");
		expect(table.rows[0]).toMatchObject({ rankWithin: 2, "w:service": 2 });
		const lines = toCsv(table, {
			title: "Ranking 2023",
			municipality: "Partille",
			year: 2023,
			source: "Svenskt Näringsliv",
			downloadedAt: new Date("2026-05-14T00:00:00Z"),
			synthetic: true,
			lang: "en",
		})
			.slice(1)
			.split("\r\n");
		const header = lines[lines.indexOf("") + 1];
		expect(header).toContain(
			"Service till företagen;Service till företagen (provenance);",
		);
		expect(
			header?.startsWith("Rank;Rank (provenance);Rank in the selection;"),
		).toBe(true);
	});
});

describe("focusTable", () => {
	it("gives a line per factor with the ranks and what they are out of", () => {
		const summary = focusSummary(rows, rows, "1402", ordered);
		if (!summary) throw new Error("no summary");
		const table = focusTable(summary, "sv");
		expect(table.columns.map((c) => c.label)).toEqual([
			"Fråga eller faktor",
			"Värde",
			"Placering i landet",
			"Placering i landet, av antal",
			"Placering i urvalet",
			"Placering i urvalet, av antal",
			"Medel, urvalets 10 bästa",
			"Placering bland de 10 bästa",
			"Placering bland de 10 bästa, av antal",
		]);
		expect(table.rows[0]).toMatchObject({
			factor: "Service till företagen",
			value: 3.55,
			national: 34,
			nationalOf: 290,
			within: 2,
			withinOf: 2,
		});
	});
});
