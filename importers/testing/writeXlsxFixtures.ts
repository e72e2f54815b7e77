/**
 * Writes the .xlsx quirk fixtures (committed; rerun with `npx tsx importers/testing/writeXlsxFixtures.ts`
 * after changing them). Built with exceljs so the files have real merged cells, numeric and text cells.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { FIXTURES_DIR } from "../pipeline/bundled.ts";

type Row = (string | number | null)[];

async function writeWorkbook(
	path: string,
	sheets: { name: string; rows: Row[]; merge?: string }[],
): Promise<void> {
	const workbook = new ExcelJS.Workbook();
	// Pinned so the bytes do not change from run to run.
	workbook.created = new Date("2026-01-01T00:00:00Z");
	workbook.modified = new Date("2026-01-01T00:00:00Z");
	for (const sheet of sheets) {
		const worksheet = workbook.addWorksheet(sheet.name);
		for (const row of sheet.rows) worksheet.addRow(row);
		if (sheet.merge) worksheet.mergeCells(sheet.merge);
	}
	const buffer = await workbook.xlsx.writeBuffer();
	writeFileSync(join(FIXTURES_DIR, path), new Uint8Array(buffer));
}

const RANKING_HEADER: Row = ["Kommun", "Län", 2021, 2022, 2023, "Förändring"];

await writeWorkbook("sn-ranking/wide-merged-title.xlsx", [
	{
		name: "Om filen",
		rows: [["Ranking från foretagsklimat.se, Ranking 2023"]],
	},
	{
		name: "Ranking",
		merge: "A1:F1",
		rows: [
			["Lokalt företagsklimat – ranking 2021–2023"],
			[],
			RANKING_HEADER,
			["Partille", "Västra Götalands län", 24, 41, 32, "+9"],
			["Vårgårda", "Västra Götalands län", 1, 1, 1, 0],
			["Solna", "Stockholms län", 3, 3, 3, "0"],
			["Båstad", "Skåne län", 20, 27, 25, "+2"],
			["Källa: Svenskt Näringsliv"],
		],
	},
]);

await writeWorkbook("sn-ranking/bad-wide.xlsx", [
	{
		name: "Ranking",
		rows: [
			RANKING_HEADER,
			["Partille", "Västra Götalands län", 24, 41, 32, "+9"],
			["Solna", "Stockholms län", 3, 0, 3, "0"],
			["Atlantis", "", 1, 2, 3, "+1"],
		],
	},
]);

await writeWorkbook("sn-statistics/statistik.xlsx", [
	{
		name: "Statistik",
		rows: [
			[
				"Kommun",
				"Län",
				"Kommungrupp",
				"Faktor",
				"Delserie",
				"2020",
				"2021",
				"2022",
			],
			[
				"Partille",
				"Västra Götalands län",
				"Pendlingskommun nära storstad",
				"Nyföretagsamhet",
				"Antal per 1000 invånare",
				"8,1",
				"",
				"7,7",
			],
			[
				"Partille",
				"Västra Götalands län",
				"Pendlingskommun nära storstad",
				"Kommunalskatt",
				null,
				"32,04",
				"32,04",
				"32,04",
			],
		],
	},
]);
