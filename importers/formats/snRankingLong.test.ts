import { describe, expect, it } from "vitest";
import {
	expectRefusal,
	formattedWarnings,
	importAccepted,
	municipalityDatabasePerTest,
} from "../testing/importTestHelpers.ts";

const database = municipalityDatabasePerTest();

describe("SN ranking, long layout: real files' quirks", () => {
	it("Riket and Medel rows are not municipalities: skipped with one warning each, the file imports", async () => {
		const result = await importAccepted(
			database,
			"sn-ranking/riket-and-medel-rows.csv",
		);
		expect(
			result.parsed.snResults.map((r) => [
				r.municipalityCode,
				r.factorId,
				r.rank,
				r.score,
			]),
		).toEqual([
			["1402", "total", 32, null],
			["1402", "sammanfattande-omdome", null, 3.8],
			["1442", "total", 1, null],
			["1442", "sammanfattande-omdome", null, 4.4],
		]);
		expect(formattedWarnings(result)).toEqual([
			"riket-and-medel-rows.csv: 2023: ranks for 2 of 290 municipalities",
			'riket-and-medel-rows.csv: skipped "Riket", the whole country, not a municipality (line 4)',
			'riket-and-medel-rows.csv: skipped "Medel", a mean or total, not a municipality (line 5)',
		]);
	});

	it("a column no layout knows beside Placering is refused, naming the layout and the column: Placering may be someone else's rank", async () => {
		const result = await expectRefusal(
			database,
			"sn-ranking/unknown-column-beside-placering.csv",
			[
				'unknown-column-beside-placering.csv:1:21 (Andel nöjda (%)): the header has the columns of sn-ranking (long), but also "Andel nöjda (%)", which no layout knows; remove those columns, or name the format (--source) to read past them',
			],
		);
		expect(result.parsed.errors[0]).toMatchObject({
			code: "format-unknown-columns",
			params: { format: "sn-ranking-long", columns: ["Andel nöjda (%)"] },
		});
	});

	it("naming the format reads past an unknown column, with a warning that it was not read", async () => {
		const result = await importAccepted(
			database,
			"sn-ranking/unknown-column-beside-placering.csv",
			{},
			{ source: "sn-ranking" },
		);
		expect(result.parsed.snResults.map((r) => r.rank)).toEqual([32, 97]);
		expect(formattedWarnings(result)[0]).toBe(
			'unknown-column-beside-placering.csv:1:21 (Andel nöjda (%)): the column(s) "Andel nöjda (%)" are not part of this layout and were not read',
		);
	});

	it("a table with another layout's measures (NKI totalt beside Placering) is refused, naming each candidate layout and what it does not read", async () => {
		await expectRefusal(
			database,
			"sn-ranking/placering-omdome-and-nki-totalt.csv",
			[
				'placering-omdome-and-nki-totalt.csv:1:43 (NKI totalt): the header has the columns of sn-ranking (long), but also "NKI totalt", which sn-ranking (long) does not read; so this is not sn-ranking (long) (if it is, remove those columns; --source names the format)',
				'placering-omdome-and-nki-totalt.csv:1:21 (Sammanfattande omdöme): the header has the columns of insikt (wide), but also "Sammanfattande omdöme", which insikt (wide) does not read; so this is not insikt (wide) (if it is, remove those columns; --source names the format)',
			],
		);
	});
});
