import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	BOM,
	csvNumber,
	fileSlug,
	neutraliseCell,
	quoteField,
	toCsv,
} from "./csv.ts";
import { TEST_META } from "./exportTestData.ts";

describe("neutraliseCell", () => {
	it.each(["=SUM(A1:A2)", "+46 31", "-2+3", "@cmd", "\tx", "\rx"])(
		"prefixes a quote to cells a spreadsheet would run as formulas: %j",
		(cell) => {
			expect(neutraliseCell(cell)).toBe(`'${cell}`);
		},
	);
	it.each(["Partille", "a=b", ""])("leaves ordinary text alone: %j", (cell) => {
		expect(neutraliseCell(cell)).toBe(cell);
	});
	it("never lets a dangerous first character through", () => {
		fc.assert(
			fc.property(fc.string(), (text) => {
				expect(neutraliseCell(text)).not.toMatch(/^[=+\-@\t\r]/);
			}),
		);
	});
});

describe("quoteField", () => {
	it("quotes fields with the delimiter, quotes or line breaks", () => {
		expect(quoteField("a;b")).toBe('"a;b"');
		expect(quoteField('sa "hej"')).toBe('"sa ""hej"""');
		expect(quoteField("rad\nny")).toBe('"rad\nny"');
		expect(quoteField("Göteborg")).toBe("Göteborg");
	});
});

describe("csvNumber", () => {
	it("writes a decimal comma without thousands separators", () => {
		expect(csvNumber(3.83, 2)).toBe("3,83");
		expect(csvNumber(12345.5, 1)).toBe("12345,5");
		expect(csvNumber(32, undefined)).toBe("32");
		expect(csvNumber(-0.25, 2)).toBe("-0,25");
		expect(csvNumber(Number.NaN, 2)).toBe("");
	});
});

describe("toCsv", () => {
	const table = {
		columns: [
			{ key: "year", label: "År" },
			{ key: "rank", label: "Placering" },
			{ key: "score", label: "Omdöme", digits: 2 },
			{ key: "note", label: "Not; källa" },
		],
		rows: [
			{ year: 2022, rank: 41, score: 3.8, note: '=HYPERLINK("x")' },
			{ year: 2023, rank: 32, score: null, note: "publicerad" },
		],
	};
	it("starts with a BOM, uses ; and CRLF", () => {
		const csv = toCsv(table);
		expect(csv.startsWith(BOM)).toBe(true);
		expect(csv.slice(1).split("\r\n")).toEqual([
			'År;Placering;Omdöme;"Not; källa"',
			'2022;41;3,80;"\'=HYPERLINK(""x"")"',
			"2023;32;;publicerad",
			"",
		]);
	});
	it("keeps negative numbers as numbers", () => {
		const csv = toCsv({
			columns: [{ key: "change", label: "Förändring" }],
			rows: [{ change: -9 }],
		});
		expect(csv).toContain("\r\n-9\r\n");
	});
	it("never starts a written text field with a formula character", () => {
		fc.assert(
			fc.property(fc.string(), (text) => {
				const csv = toCsv({
					columns: [{ key: "a", label: "A" }],
					rows: [{ a: text }],
				});
				const line = csv.slice(`${BOM}A\r\n`.length);
				expect(line.endsWith("\r\n")).toBe(true);
				expect(line.slice(0, -2)).not.toMatch(/^"?[=+\-@\t\r]/);
			}),
		);
	});
});

describe("toCsv with metadata", () => {
	it("puts title, municipality, year, source, date and the Exempeldata line above the table", () => {
		const csv = toCsv(
			{ columns: [{ key: "rank", label: "Placering" }], rows: [{ rank: 32 }] },
			{
				title: "Placering per år, Partille",
				municipality: "Partille",
				year: 2023,
				source: "Svenskt Näringsliv; Topp10",
				downloadedAt: new Date("2026-05-01T08:00:00Z"),
				synthetic: true,
			},
		);
		const lines = csv.slice(1).split("\r\n");
		expect(lines.slice(0, 5)).toEqual([
			"Placering per år, Partille",
			"Kommun;Partille",
			"År;2023",
			'Källa;"Svenskt Näringsliv; Topp10"',
			"Hämtad;2026-05-01 från Topp10",
		]);
		expect(lines[5]).toMatch(/^Exempeldata;Tabellen innehåller syntetiska/);
		expect(lines.slice(6, 9)).toEqual(["", "Placering", "32"]);
	});
	it("leaves the Exempeldata line out when nothing is synthetic", () => {
		const csv = toCsv(
			{ columns: [{ key: "a", label: "A" }], rows: [] },
			{
				title: "T",
				municipality: null,
				year: null,
				source: "S",
				downloadedAt: new Date("2026-05-01T08:00:00Z"),
				synthetic: false,
				lang: "en",
			},
		);
		expect(csv).not.toContain("Example data");
		expect(csv).toContain("Downloaded;1 May 2026 from Topp10");
	});
});

describe("fileSlug", () => {
	it("makes a plain file name", () => {
		expect(fileSlug("Partille: placering 2014–2023")).toBe(
			"partille-placering-2014-2023",
		);
		expect(fileSlug("Åre & Öckerö")).toBe("are-ockero");
		expect(fileSlug("!!!")).toBe("topp10");
	});
});

describe("toCsv with notes and provenance", () => {
	it("writes the notes under the metadata and a provenance column beside each marked column", () => {
		const csv = toCsv(
			{
				columns: [
					{ key: "name", label: "Kommun" },
					{ key: "rank", label: "Placering" },
				],
				rows: [{ name: "Partille", rank: 32 }],
				provenance: [{ rank: "synthetic" }],
			},
			{ ...TEST_META, notes: ["Urval: A2"] },
		);
		expect(csv.slice(1).split("\r\n").slice(6)).toEqual([
			"Urval: A2",
			"",
			"Kommun;Placering;Placering (ursprung)",
			"Partille;32;syntetisk exempeldata",
			"",
		]);
	});
});
