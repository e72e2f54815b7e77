import { describe, expect, it } from "vitest";
import type { RankChangeAttribution } from "../../../analysis/rankChangeAttribution.ts";
import type { GapReport } from "../../../server/schemas/gap.ts";
import {
	attributionTable,
	factorGapTable,
	surveyScoreRows,
} from "./factorTables.ts";

const factor = (factorId: string, kind: "survey" | "statistic") => ({
	factorId,
	label: factorId,
	kind,
	weight: 0.1,
	higherIsBetter: true,
	ours: 3.5,
	numberTen: 3.9,
	top10Mean: 4,
	share: 0.25,
	gapToNumberTen: 0.4,
	oursProvenance: "synthetic",
	numberTenProvenance: "published",
	top10Provenances: ["published", "synthetic"],
	gapToNumberTenProvenance: "synthetic",
});

const report = {
	municipality: { name: "Partille" },
	gap: {
		factors: [factor("service", "survey"), factor("skatt", "statistic")],
		modelProvenance: "synthetic",
	},
} as unknown as GapReport;

describe("factorGapTable", () => {
	it("words the factor kind and gives the share in percent", () => {
		const table = factorGapTable(report, "sv");
		expect(table.columns[3]?.label).toBe("Partille");
		expect(table.rows.map((r) => [r.kind, r.share])).toEqual([
			["enkät", 25],
			["statistik", 25],
		]);
		expect(factorGapTable(report, "en").rows[1]?.kind).toBe("statistic");
	});
	it("gives every value its own origin column", () => {
		const table = factorGapTable(report, "sv");
		const origins = table.columns
			.map((c) => c.label)
			.filter((label) => label.startsWith("Ursprung"));
		expect(origins).toEqual(
			["Partille", "nr 10", "topp 10-snitt", "gap till nr 10", "andel"].map(
				(what) => `Ursprung ${what}`,
			),
		);
		expect(table.rows[0]).toMatchObject({
			oursProvenance: "syntetisk exempeldata",
			numberTenProvenance: "publicerad",
			top10MeanProvenance: "syntetisk exempeldata",
			gapProvenance: "syntetisk exempeldata",
			shareProvenance: "syntetisk exempeldata",
		});
	});
	it("keeps the survey factors for the score bars", () => {
		expect(surveyScoreRows(report).map((r) => r.factorId)).toEqual(["service"]);
	});
});

describe("attributionTable", () => {
	it("heads the columns with the two years, never digit-grouped", () => {
		const table = attributionTable(
			{
				fromYear: 2022,
				toYear: 2023,
				factors: [],
				provenance: "synthetic",
			} as unknown as RankChangeAttribution,
			"sv",
		);
		expect(table.columns.map((c) => c.label)).toEqual([
			"Faktor",
			"2022",
			"2023",
			"Snitt 2022",
			"Snitt 2023",
			"Bidrag",
			"Ursprung (värden, snitt och bidrag)",
		]);
	});
});
