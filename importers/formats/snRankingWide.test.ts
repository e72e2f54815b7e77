import { describe, expect, it } from "vitest";
import {
	formattedErrors,
	importAccepted,
	importRefused,
	municipalityDatabasePerTest,
} from "../testing/importTestHelpers.ts";

const database = municipalityDatabasePerTest();

function ranksOf(code: string): [number, number | null][] {
	return database.handle.sqlite
		.prepare(
			"select year, rank from sn_result where municipality_code = ? and factor_id = 'total' order by year",
		)
		.all(code)
		.map((row) => {
			const { year, rank } = row as { year: number; rank: number | null };
			return [year, rank];
		});
}

describe("SN ranking, wide layout", () => {
	it("title rows above the header, notes below, – for missing years, the change column checked", async () => {
		const result = await importAccepted(
			database,
			"sn-ranking/wide-title-rows-notes.csv",
		);
		expect(result.format).toMatch(/^sn-ranking \(wide\)/);
		expect(ranksOf("1402").map(([, rank]) => rank)).toEqual([
			30, 20, 15, 18, 8, 7, 21, 24, 41, 32,
		]);
		expect(ranksOf("1442").map(([year]) => year)).toEqual([2021, 2022, 2023]);
		expect(result.parsed.warnings).toContainEqual(
			expect.objectContaining({
				line: 12,
				message: expect.stringContaining("Källa"),
			}),
		);
		expect(result.parsed.warnings.map((w) => w.message)).toContain(
			"2023: ranks for 6 of 290 municipalities",
		);
	});

	it("comma-separated UTF-8 with BOM and municipality name variants", async () => {
		const result = await importAccepted(
			database,
			"sn-ranking/wide-comma-bom-name-variants.csv",
		);
		expect(result.format).toContain("utf-8-bom");
		expect(ranksOf("0139")).toEqual([
			[2022, 13],
			[2023, 24],
		]);
	});

	it("Windows-1252 bytes (å, ä, ö) and CRLF line ends", async () => {
		const result = await importAccepted(
			database,
			"sn-ranking/wide-windows-1252.csv",
		);
		expect(result.format).toContain("windows-1252");
		expect(ranksOf("1442")).toEqual([
			[2022, 1],
			[2023, 1],
		]);
		expect(ranksOf("1292")).toEqual([
			[2022, 14],
			[2023, 26],
		]);
	});

	it("UTF-16LE with BOM, tab-separated (Excel's Unicode text)", async () => {
		const result = await importAccepted(
			database,
			"sn-ranking/wide-utf16le-tab.txt",
		);
		expect(result.format).toContain('utf-16le, "\\t"-separated');
		expect(ranksOf("0162")).toEqual([
			[2022, 4],
			[2023, 2],
		]);
	});

	it("XLSX with a merged title cell, a notes sheet and numeric cells", async () => {
		const result = await importAccepted(
			database,
			"sn-ranking/wide-merged-title.xlsx",
		);
		expect(result.format).toBe('sn-ranking (wide), sheet "Ranking"');
		expect(ranksOf("1402")).toEqual([
			[2021, 24],
			[2022, 41],
			[2023, 32],
		]);
		expect(result.parsed.warnings.map((w) => w.message)).toContain(
			'sheet "Om filen" was not read (one sheet per import; this file\'s table is on "Ranking")',
		);
	});

	it("refuses bad ranks, change values, unknown names and repeated rows, each at its cell, and writes nothing", async () => {
		const result = await importRefused(
			database,
			"sn-ranking/bad-wide-values.csv",
		);
		expect(result.ok).toBe(false);
		expect(formattedErrors(result)).toEqual([
			'bad-wide-values.csv:3:9: rank "tre" must be a whole number from 1 to 290',
			'bad-wide-values.csv:4:11: change "sjönk" must be a change in places such as +2, -1 or 0, or – when there is none',
			'bad-wide-values.csv:5:1: municipality "Atlantis" matches none of the 290 municipalities',
			"bad-wide-values.csv:6:1: municipality 1402 appears twice (first on line 2)",
		]);
	});

	it("refuses a bad XLSX cell as <file>:<sheet>!<cell>", async () => {
		const result = await importRefused(database, "sn-ranking/bad-wide.xlsx");
		expect(formattedErrors(result)).toEqual([
			'bad-wide.xlsx:Ranking!D3: rank "0" must be a whole number from 1 to 290',
			'bad-wide.xlsx:Ranking!A4: municipality "Atlantis" matches none of the 290 municipalities',
		]);
	});
});
