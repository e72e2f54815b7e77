import { describe, expect, it } from "vitest";
import type { InsiktSummary } from "../../../analysis/insikt.ts";
import { areasTable, heatmapTable, nkiTrendTable } from "./insiktTables.ts";

const summary = {
	areas: [
		{
			area: "totalt",
			value: 75,
			riket: 74.6,
			grade: { id: "hogt", roundedNki: 75 },
			rank: 80,
			rankedCount: 187,
			provenance: "published",
		},
		{
			area: "bygglov",
			value: 48,
			riket: 66,
			grade: { id: "mycket-lagt", roundedNki: 48 },
			rank: null,
			rankedCount: 150,
			provenance: "synthetic",
		},
	],
} as unknown as InsiktSummary;

describe("areasTable", () => {
	it("names each area and the grade the API gave it", () => {
		const table = areasTable(summary, "sv");
		expect(table.rows.map((r) => [r.label, r.grade, r.provenance])).toEqual([
			["NKI totalt", "Högt", "publicerad"],
			["Bygglov", "Mycket lågt", "syntetisk exempeldata"],
		]);
		expect(areasTable(summary, "en").rows[1]?.grade).toBe("Very low");
	});
});

describe("heatmapTable and nkiTrendTable", () => {
	it("put a service factor per column and a year per row", () => {
		const heat = heatmapTable(
			[
				{
					area: "totalt",
					cells: [
						{
							area: "totalt",
							measure: "bemotande",
							value: 80,
							provenance: "synthetic",
						},
					],
				},
			],
			"en",
		);
		expect(heat.columns.map((c) => c.label)).toContain("Treatment");
		expect(heat.columns.map((c) => c.label)).toContain("Provenance: treatment");
		expect(heat.rows).toEqual([
			{
				area: "NKI total",
				bemotande: 80,
				"bemotande:provenance": "synthetic example data",
			},
		]);
		const trend = nkiTrendTable(
			[{ year: 2022, value: 75, riket: 74.6, provenance: "published" }],
			"sv",
		);
		expect(trend.columns.map((c) => c.label)).toEqual([
			"År",
			"NKI",
			"Riket",
			"Ursprung",
		]);
		expect(trend.rows[0]?.provenance).toBe("publicerad");
	});
});
