import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES_DIR } from "../pipeline/bundled.ts";
import { decodeText } from "../table/decodeText.ts";
import {
	expectRefusal,
	formattedErrors,
	formattedWarnings,
	importAccepted,
	importRefused,
	issueCodes,
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
				code: "note-row-skipped",
				message: expect.stringContaining("Källa"),
			}),
		);
		expect(result.parsed.warnings.map((w) => w.message)).toContain(
			"2023: ranks for 6 of 290 municipalities",
		);
	});

	it.each([
		{
			quirk: "comma-separated UTF-8 with BOM and municipality name variants",
			file: "sn-ranking/wide-comma-bom-name-variants.csv",
			format: "utf-8-bom",
			ranks: {
				"0139": [
					[2022, 13],
					[2023, 24],
				],
			},
		},
		{
			quirk: "Windows-1252 bytes (å, ä, ö) and CRLF line ends",
			file: "sn-ranking/wide-windows-1252.csv",
			format: "windows-1252",
			ranks: {
				"1442": [
					[2022, 1],
					[2023, 1],
				],
				"1292": [
					[2022, 14],
					[2023, 26],
				],
			},
		},
		{
			quirk: "UTF-16LE with BOM, tab-separated (Excel's Unicode text)",
			file: "sn-ranking/wide-utf16le-tab.txt",
			format: 'utf-16le, "\\t"-separated',
			ranks: {
				"0162": [
					[2022, 4],
					[2023, 2],
				],
			},
		},
	])("$quirk", async ({ file, format, ranks }) => {
		const result = await importAccepted(database, file);
		expect(result.format).toContain(format);
		for (const [code, expected] of Object.entries(ranks))
			expect(ranksOf(code)).toEqual(expected);
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
			'the sheet "Om filen" was not read (one sheet per import; this file\'s table is on "Ranking")',
		);
	});

	it("refuses bad ranks, change values, unknown names and repeated rows, each at its cell, and writes nothing", async () => {
		const result = await importRefused(
			database,
			"sn-ranking/bad-wide-values.csv",
		);
		expect(result.ok).toBe(false);
		expect(formattedErrors(result)).toEqual([
			'bad-wide-values.csv:3:9 (2023): "tre" is not a whole number from 1 to 290',
			'bad-wide-values.csv:4:11 (Förändring): "sjönk" is not a change in places (such as 2, +2 or -1) or – for none',
			'bad-wide-values.csv:5:1 (Kommun): "Atlantis" matches none of the 290 municipalities',
			"bad-wide-values.csv:6:1 (Kommun): municipality code 1402 (Partille) appears twice (first on line 2)",
		]);
	});

	it("refuses a bad XLSX cell as <file>:<sheet>!<cell>", async () => {
		await expectRefusal(database, "sn-ranking/bad-wide.xlsx", [
			'bad-wide.xlsx:Ranking!D3 (2022): "0" is not a whole number from 1 to 290',
			'bad-wide.xlsx:Ranking!A4 (Kommun): "Atlantis" matches none of the 290 municipalities',
		]);
	});
});

describe("SN ranking, wide layout: real files' quirks", () => {
	it("Windows-1252 from Swedish Excel: every byte 0x80–0x9F it writes decodes right, – (0x96) and — (0x97) are missing values", async () => {
		const path = "sn-ranking/windows-1252-dash-missing.csv";
		const bytes = readFileSync(join(FIXTURES_DIR, path));
		const used = new Set([...bytes].filter((b) => b >= 0x80 && b <= 0x9f));
		expect(used.size).toBe(27);
		const { text, encoding } = decodeText(bytes);
		expect(encoding).toBe("windows-1252");
		expect(text).toContain(
			"Tecken i Windows-1252: € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ",
		);
		expect(text).toContain("Lokalt företagsklimat – ranking 2021–2023");
		const result = await importAccepted(database, path);
		expect(result.format).toContain("windows-1252");
		expect(ranksOf("1407")).toEqual([
			[2022, 12],
			[2023, 19],
		]);
		expect(ranksOf("1292")).toEqual([
			[2022, 14],
			[2023, 26],
		]);
		expect(result.parsed.warnings.map((w) => w.message)).toEqual(
			expect.arrayContaining([
				'1 cell(s) were "–" (no value): read as missing values, nothing stored for them',
				'1 cell(s) were "—" (no value): read as missing values, nothing stored for them',
			]),
		);
	});

	it("foretagsklimat.se's table: the change column headed /, unsigned (2 for a rise and for a fall) or –, read as places moved", async () => {
		const result = await importAccepted(
			database,
			"sn-ranking/foretagsklimat-unsigned-change.csv",
		);
		expect(ranksOf("1402")).toEqual([
			[2021, 24],
			[2022, 41],
			[2023, 32],
		]);
		expect(ranksOf("0488")).toEqual([
			[2021, 8],
			[2022, 5],
			[2023, 6],
		]);
		expect(issueCodes(result)).not.toContain("change-disagrees");
		expect(issueCodes(result)).not.toContain("columns-not-read");
	});

	it("a change that does not match the two years' ranks is a warning at its cell; the ranks are imported", async () => {
		const result = await importAccepted(
			database,
			"sn-ranking/change-disagrees-with-ranks.csv",
		);
		expect(
			formattedWarnings(result).filter((w) => w.includes("(Förändring)")),
		).toEqual([
			'change-disagrees-with-ranks.csv:3:14 (Förändring): the change "-2" does not match municipality code 1278 (Båstad)\'s ranks 27 (2022) and 25 (2023); the ranks were imported, the change column is not stored',
			'change-disagrees-with-ranks.csv:4:16 (Förändring): the change "3" does not match municipality code 0665 (Vaggeryd)\'s ranks 24 (2022) and 18 (2023); the ranks were imported, the change column is not stored',
		]);
		expect(ranksOf("1278")).toEqual([
			[2022, 27],
			[2023, 25],
		]);
	});

	it("län heading rows inside the table are skipped, one warning each", async () => {
		const result = await importAccepted(
			database,
			"sn-ranking/lan-heading-rows.csv",
		);
		expect(
			formattedWarnings(result).filter((w) => w.includes("county")),
		).toEqual([
			'lan-heading-rows.csv: skipped "Stockholms län", a county (län), not a municipality (line 2)',
			'lan-heading-rows.csv: skipped "Västra Götalands län", a county (län), not a municipality (line 5)',
			'lan-heading-rows.csv: skipped "Skåne län", a county (län), not a municipality (line 8)',
		]);
		expect(ranksOf("0162")).toEqual([
			[2022, 4],
			[2023, 2],
		]);
	});

	it("a statistics table read as a ranking is refused with one message saying what it is, not one per cell", async () => {
		const result = await expectRefusal(
			database,
			"sn-ranking/statistics-decimals-one-message.csv",
			[
				'statistics-decimals-one-message.csv:2:10 (2019): 10 of the 12 values (such as "37,8") are not whole numbers from 1 to 290, so this is not a ranking but statistics; import SN\'s statistics as Statistik.xlsx (with Faktor and Delserie columns) or a per-factor download (with Delserie columns)',
			],
		);
		expect(result.parsed.warnings).toEqual([]);
	});

	it("a running number (Nr) and a Placering column beside the years: Placering is the latest year's rank, checked, not stored twice", async () => {
		const result = await importAccepted(
			database,
			"sn-ranking/nr-and-placering-beside-years.csv",
		);
		expect(ranksOf("0162")).toEqual([
			[2022, 4],
			[2023, 2],
		]);
		expect(formattedWarnings(result)[0]).toBe(
			'nr-and-placering-beside-years.csv:4:3 (Placering): the rank "4" differs from municipality code 0184 (Solna)\'s rank 3 in the 2023 column; the year columns were imported',
		);
	});
});
