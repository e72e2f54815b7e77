import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { TEST_META } from "./exportTestData.ts";
import type { TableData } from "./table.ts";
import { columnName, escapeXml, sheetName, toXlsx } from "./xlsx.ts";

/** Kommun, Placering, Sammanfattande omdöme (two decimals) and a note with text a formula would start with. */
const table: TableData = {
	columns: [
		"name:Kommun",
		"rank:Placering",
		"score:Sammanfattande omdöme",
		"note:Not",
	]
		.map((spec) => spec.split(":"))
		.map(([key = "", label = ""]) => ({
			key,
			label,
			...(key === "score" ? { digits: 2 } : {}),
		})),
	rows: [
		{ name: "Partille", rank: 32, score: 3.9, note: "=1+1" },
		{ name: "Öckerö", rank: 19, score: null, note: "<&>" },
	],
	provenance: [
		{ rank: "published", score: "synthetic" },
		{ rank: "published", score: null },
	],
};

const meta = TEST_META;

async function readBack(bytes: Uint8Array) {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(bytes.slice().buffer);
	const sheet = workbook.worksheets[0];
	if (!sheet) throw new Error("no sheet");
	return { workbook, sheet };
}

describe("toXlsx", () => {
	it("is a workbook exceljs reads back: metadata block, header, numbers as numbers", async () => {
		const { workbook, sheet } = await readBack(toXlsx(table, meta));
		expect(workbook.worksheets).toHaveLength(1);
		expect(sheet.name).toBe("Tabell");
		expect(sheet.getCell("A1").value).toBe("Lokalt företagsklimat 2023");
		expect(sheet.getCell("A2").value).toBe("Kommun");
		expect(sheet.getCell("B2").value).toBe("Partille");
		expect(sheet.getCell("A3").value).toBe("År");
		expect(sheet.getCell("B3").value).toBe(2023);
		expect(sheet.getCell("B4").value).toBe("Svenskt Näringsliv");
		expect(sheet.getCell("B5").value).toBe("2026-05-14 från Topp10");
		expect(sheet.getCell("A6").value).toBe("Exempeldata");
		expect(String(sheet.getCell("B6").value)).toMatch(/syntetiska värden/);
		// Row 7 is empty; the header is on row 8, with a provenance column beside each marked column.
		expect(sheet.getRow(8).values).toEqual([
			undefined,
			"Kommun",
			"Placering",
			"Placering (ursprung)",
			"Sammanfattande omdöme",
			"Sammanfattande omdöme (ursprung)",
			"Not",
		]);
		expect(sheet.getRow(9).values).toEqual([
			undefined,
			"Partille",
			32,
			"publicerad",
			3.9,
			"syntetisk exempeldata",
			"=1+1",
		]);
		expect(sheet.getCell("F10").value).toBe("<&>");
		expect(sheet.getCell("D10").value).toBeNull();
	});

	it("keeps text as text (never a formula), bolds the header, marks synthetic cells and shows the decimals", async () => {
		const { sheet } = await readBack(toXlsx(table, meta));
		expect(sheet.getCell("F9").type).toBe(ExcelJS.ValueType.String);
		expect(sheet.getCell("A8").font?.bold).toBe(true);
		expect(sheet.getCell("D9").font?.italic).toBe(true);
		expect(sheet.getCell("D9").fill).toMatchObject({
			type: "pattern",
			pattern: "solid",
			fgColor: { argb: "FFFFF4D6" },
		});
		expect(sheet.getCell("D9").numFmt).toBe("0.00");
		expect(sheet.getCell("B9").font?.italic).toBeFalsy();
		expect(sheet.autoFilter).toBe("A8:F10");
		expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 8 });
	});

	it("leaves the Exempeldata line out when nothing is synthetic, and writes English words", async () => {
		const { sheet } = await readBack(
			toXlsx(
				{ columns: table.columns, rows: table.rows },
				{ ...meta, synthetic: false, municipality: null, lang: "en" },
			),
		);
		expect(sheet.name).toBe("Table");
		expect(sheet.getCell("A2").value).toBe("Year");
		expect(sheet.getCell("B4").value).toBe("14 May 2026 from Topp10");
		expect(sheet.getCell("A5").value).toBeNull();
		expect(sheet.getCell("A6").value).toBe("Kommun");
	});

	it("writes 290 rows × 40 columns into a file exceljs reads", async () => {
		const columns = Array.from({ length: 40 }, (_, i) => ({
			key: `c${i}`,
			label: `Kolumn ${i}`,
			digits: i % 3,
		}));
		const rows = Array.from({ length: 290 }, (_, r) =>
			Object.fromEntries(columns.map((c, i) => [c.key, r * 100 + i + 0.25])),
		);
		const { sheet } = await readBack(
			toXlsx(
				{ columns, rows },
				{ ...meta, synthetic: false, notes: ["Grupp: alla"] },
			),
		);
		expect(sheet.getCell("A6").value).toBe("Grupp: alla");
		expect(sheet.rowCount).toBe(8 + 290);
		expect(sheet.getCell("AN298").value).toBe(28900 + 39 + 0.25);
	});
});

describe("xlsx helpers", () => {
	it("names columns as Excel does", () => {
		expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual([
			"A",
			"Z",
			"AA",
			"AZ",
			"BA",
			"ZZ",
			"AAA",
		]);
	});
	it("escapes XML and drops characters XML cannot carry", () => {
		expect(escapeXml('a<b>&"c"\u0001')).toBe("a&lt;b&gt;&amp;&quot;c&quot;");
	});
	it("makes a sheet name Excel accepts", () => {
		expect(sheetName("A/B: [C]?")).toBe("A B   C  ");
		expect(sheetName("x".repeat(40))).toHaveLength(31);
	});
});
