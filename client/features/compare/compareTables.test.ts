import { describe, expect, it } from "vitest";
import type {
	CompareRow,
	Comparison,
} from "../../../server/schemas/compare.ts";
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
	factorScores: { service: 3.5 },
	factorProvenances: {},
	nki: { year: 2022, value: 75, provenance: "published" },
	history: [{ year: 2023, rank, provenance: "published" }],
});

const comparison = {
	year: 2023,
	rows: [row("1402", "Partille", 32), row("1401", "Härryda", 11)],
	factors: [{ id: "service", label: "Service till företagen" }],
} as unknown as Comparison;

describe("comparisonTable", () => {
	it("labels the columns in the page language and words the provenance", () => {
		const sv = comparisonTable(comparison, "sv");
		expect(sv.columns.map((c) => c.label)).toEqual([
			"Kommun",
			"Kod",
			"Placering 2023",
			"Ursprung placering",
			"Sammanfattande omdöme",
			"Modellerad placering",
			"NKI totalt",
			"NKI-år",
			"Service till företagen",
		]);
		expect(sv.rows[0]).toMatchObject({
			rankProvenance: "syntetisk exempeldata",
			nki: 75,
			nkiYear: 2022,
			"f:service": 3.5,
		});
		const en = comparisonTable(comparison, "en");
		expect(en.columns[2]?.label).toBe("Rank 2023");
		expect(en.rows[0]?.rankProvenance).toBe("synthetic example data");
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
