import { describe, expect, it } from "vitest";
import type {
	CompareRow,
	Comparison,
} from "../../../server/schemas/compare.ts";
import { orderFactors } from "../rankings/rankingsData.ts";
import { multiRankRows } from "./compareData.ts";
import { comparisonTable, multiRankTable } from "./compareTables.ts";

const row = (code: string, name: string, rank: number): CompareRow => ({
	code,
	name,
	countyName: "Västra Götalands län",
	kommungrupp: null,
	rank,
	rankProvenance: "synthetic",
	score: 3.9,
	scoreProvenance: "synthetic",
	modelledRank: rank + 1,
	factorScores: {
		service: 3.5,
		"sammanfattande-omdome": 3.9,
		kommunalskatt: 20.04,
	},
	factorProvenances: {
		service: "synthetic",
		"sammanfattande-omdome": "published",
		kommunalskatt: "published",
	},
	nki: { year: 2022, value: 75, provenance: "published" },
	history: [{ year: 2023, rank, provenance: "published" }],
});

const comparison = {
	year: 2023,
	rows: [row("1402", "Partille", 32), row("1401", "Härryda", 11)],
	factors: [
		{ id: "kommunalskatt", label: "Kommunalskatt", kind: "statistic" },
		{ id: "service", label: "Service till företagen", kind: "survey" },
		{
			id: "sammanfattande-omdome",
			label: "Sammanfattande omdöme",
			kind: "survey",
		},
	],
} as unknown as Comparison;
const ordered = orderFactors(comparison.factors);

describe("comparisonTable", () => {
	it("groups the columns as the page does, with no column twice, in the page language", () => {
		const sv = comparisonTable(comparison, ordered, "sv");
		expect(sv.columns.map((c) => c.label)).toEqual([
			"Kommun",
			"Kod",
			"Placering 2023",
			"Modellerad placering",
			"Sammanfattande omdöme",
			"Service till företagen",
			"Kommunalskatt",
			"NKI totalt",
			"NKI-år",
		]);
		expect(sv.columns.find((c) => c.key === "f:service")?.digits).toBe(2);
		expect(sv.columns.find((c) => c.key === "f:kommunalskatt")?.digits).toBe(
			undefined,
		);
		expect(sv.rows[0]).toMatchObject({
			rank: 32,
			nki: 75,
			nkiYear: 2022,
			"f:service": 3.5,
		});
		const en = comparisonTable(comparison, ordered, "en");
		expect(en.columns[2]?.label).toBe("Rank 2023");
	});
	it("carries every value's provenance; the modelled rank is synthetic when any factor is", () => {
		const table = comparisonTable(comparison, ordered, "sv");
		expect(table.provenance?.[0]).toEqual({
			rank: "synthetic",
			modelledRank: "synthetic",
			"f:sammanfattande-omdome": "published",
			"f:service": "synthetic",
			"f:kommunalskatt": "published",
			nki: "published",
		});
	});
});

describe("multiRankTable", () => {
	it("has a column per municipality under its code", () => {
		const table = multiRankTable(
			comparison,
			multiRankRows(comparison.rows),
			"en",
		);
		expect(table.columns.map((c) => c.label)).toEqual([
			"Year",
			"Partille",
			"Härryda",
		]);
		expect(table.rows).toEqual([{ year: 2023, "1402": 32, "1401": 11 }]);
	});
});
