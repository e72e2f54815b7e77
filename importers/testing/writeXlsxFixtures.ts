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

/** SN's Statistik.xlsx as downloaded: Sheet1, the country and the counties among the municipalities. */
const STATISTIK_HEADER: Row = [
	"Kommun",
	"Län",
	"Kommungrupp",
	"Faktor",
	"Delserie",
	"2020",
	"2021",
	"2022",
	"2023",
];

await writeWorkbook("sn-statistics/lan-and-sverige-rows.xlsx", [
	{
		name: "Sheet1",
		rows: [
			STATISTIK_HEADER,
			[
				"Sverige",
				null,
				null,
				"Nyföretagsamhet",
				"Antal nyföretagsamma individer",
				null,
				"7.9",
				"7.6",
				"7.4",
			],
			[
				"Dalarnas län",
				"Dalarnas län",
				null,
				"Nyföretagsamhet",
				"Antal nyföretagsamma individer",
				null,
				"7.1",
				"6.8",
				"6.9",
			],
			[
				"Falun",
				"Dalarnas län",
				"Större stad",
				"Nyföretagsamhet",
				"Antal nyföretagsamma individer",
				null,
				"7.4",
				"7.0",
				"7.2",
			],
			[
				"Vansbro",
				"Dalarnas län",
				"Landsbygdskommun",
				"Nyföretagsamhet",
				"Antal nyföretagsamma individer",
				null,
				6.2,
				5.9,
				6.1,
			],
			[
				"Västra Götalands län",
				"Västra Götalands län",
				null,
				"Nyföretagsamhet",
				"Antal nyföretagsamma individer",
				null,
				"8.0",
				"7.8",
				"7.7",
			],
			[
				"Partille",
				"Västra Götalands län",
				"Pendlingskommun nära storstad",
				"Nyföretagsamhet",
				"Antal nyföretagsamma individer",
				null,
				"8.3",
				"8.0",
				"7.7",
			],
			[
				"Sverige",
				null,
				null,
				"Företagsamhet",
				"Andel företagsamma individer",
				"11.9",
				"12.1",
				"12.0",
				"12.2",
			],
			[
				"Partille",
				"Västra Götalands län",
				"Pendlingskommun nära storstad",
				"Företagsamhet",
				"Andel företagsamma individer",
				"10.4",
				"10.6",
				"10.5",
				"10.9",
			],
		],
	},
]);

await writeWorkbook("sn-statistics/text-numbers-point-and-comma.xlsx", [
	{
		name: "Sheet1",
		rows: [
			STATISTIK_HEADER,
			[
				"Partille",
				"Västra Götalands län",
				"Pendlingskommun nära storstad",
				"Arbetsställen",
				"Minst en anställd",
				"37.8",
				"37,9",
				38.4,
				"1 038,5",
			],
		],
	},
]);

/** A per-factor download: four rows of title and notes, the header on row 5, no Faktor column. */
await writeWorkbook("sn-statistics/per-factor-arbetsstallen-title-rows.xlsx", [
	{
		name: "Arbetsställen",
		rows: [
			["Arbetsställen"],
			["Antal arbetsställen per 1000 invånare"],
			["Källa: SCB"],
			[],
			["Kommun", "Delserie 1", "Delserie 2", 2021, 2022, 2023],
			[
				"Partille",
				"Minst en anställd",
				"Antal per 1000 invånare",
				37.2,
				37.8,
				"38.4",
			],
			[
				"Lerum",
				"Minst en anställd",
				"Antal per 1000 invånare",
				32.8,
				33.1,
				"33.9",
			],
			[
				"Partille",
				"Minst tio anställda",
				"Antal per 1000 invånare",
				4.1,
				4.2,
				"4.3",
			],
		],
	},
]);

/** Öppna jämförelser for one area: one sheet per area, its name the area; the year in the title. */
await writeWorkbook("insikt/oj-per-area-sheet-bygglov.xlsx", [
	{
		name: "Bygglov",
		rows: [
			["Öppna jämförelser Företagsklimat 2023"],
			[],
			[
				"Kommun",
				"NKI",
				"Placering",
				"Information",
				"Tillgänglighet",
				"Bemötande",
				"Kompetens",
				"Rättssäkerhet",
				"Effektivitet",
				"Antal svar",
			],
			["Partille", 66, 141, 63, 64, 74, 70, 69, 61, 41],
			["Lerum", 61, 201, "*", 60, 70, 66, 65, 57, 23],
		],
	},
]);

/** Öppna jämförelser with each area's heading merged over its measures: a two-row header. */
await writeWorkbook("insikt/oj-two-header-rows-area-over-measures.xlsx", [
	{
		name: "Företagsklimat 2022",
		merge: "C2:E2",
		rows: [
			["Öppna jämförelser Företagsklimat 2022"],
			[null, null, "Bygglov", null, null, "Livsmedelskontroll", null, null],
			[
				"Kommun",
				"Län",
				"NKI",
				"Placering",
				"Antal svar",
				"NKI",
				"Placering",
				"Antal svar",
			],
			["Partille", "Västra Götalands län", 68, 120, 40, 77, 70, 35],
			["Lerum", "Västra Götalands län", 61, 201, 23, "*", null, 5],
		],
	},
]);
