import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES_DIR } from "../pipeline/bundled.ts";
import { readWorkbook, type WorkbookRead } from "./readWorkbook.ts";
import { writeWorkbook } from "./writeWorkbook.ts";

function readQuirk(name: string): Promise<WorkbookRead> {
	return readWorkbook(
		new Uint8Array(readFileSync(join(FIXTURES_DIR, "xlsx", name))),
	);
}

/** Each record as [row, cells], the columns checked to be 1, 2, 3 … as the cells sit. */
async function rowsOf(
	name: string,
): Promise<Record<string, [number, string[]][]>> {
	const read = await readQuirk(name);
	if (!read.ok) throw new Error(read.message);
	return Object.fromEntries(
		read.sheets.map((sheet) => [
			sheet.name,
			sheet.records.map((record) => {
				expect(record.sheet).toBe(sheet.name);
				expect(record.columns).toEqual(record.cells.map((_, i) => i + 1));
				return [record.line, record.cells];
			}),
		]),
	);
}

describe("readWorkbook reads each quirk of the format", () => {
	it("shared strings, with entities, _xHHHH_ escapes and surrounding spaces trimmed", async () => {
		expect(await rowsOf("shared-strings.xlsx")).toEqual({
			Sheet1: [
				[1, ["Kommun"]],
				[2, ["Partille", "Västra Götalands län & Göteborg"]],
				[3, ["Lerum", "Dals-Ed"]],
			],
		});
	});

	it("inline strings", async () => {
		expect(await rowsOf("inline-strings.xlsx")).toEqual({
			Sheet1: [
				[1, ["Kommun", "2023"]],
				[2, ["Upplands-Bro", "24"]],
			],
		});
	});

	it("rich-text runs joined, phonetic guides left out", async () => {
		expect(await rowsOf("rich-text-runs.xlsx")).toEqual({
			Sheet1: [
				[1, ["Lokalt företagsklimat"]],
				[2, ["Partille", "32"]],
			],
		});
	});

	it("numbers as their shortest text (37.799999999999997 is 37.8)", async () => {
		expect(await rowsOf("numbers.xlsx")).toEqual({
			Sheet1: [[1, ["37.8", "1038.5", "0.001", "290", "-4.02"]]],
		});
	});

	it("booleans and error values", async () => {
		expect(await rowsOf("booleans-and-errors.xlsx")).toEqual({
			Sheet1: [[1, ["true", "false", "#DIV/0!", "#N/A"]]],
		});
	});

	it("dates by their number format (built-in and custom), not a number with 'dagar' in quotes", async () => {
		expect(await rowsOf("dates-1900-system.xlsx")).toEqual({
			Sheet1: [
				[1, ["2024-01-01", "2024-12-31", "12.5", "45292", "2024-03-01"]],
			],
		});
	});

	it("dates of a workbook counting from 1904", async () => {
		expect(await rowsOf("dates-1904-system.xlsx")).toEqual({
			Sheet1: [[1, ["2024-01-01"]]],
		});
	});

	it("formulas as their cached values (shared formulas too); one without a value is empty", async () => {
		expect(await rowsOf("formulas-cached-values.xlsx")).toEqual({
			Sheet1: [
				[1, ["30", "2", "32", "Rank 32"]],
				[2, ["60", "4"]],
			],
		});
	});

	it("gaps as empty cells, blank and styled-only rows left out, rows and cells without r counted on", async () => {
		expect(await rowsOf("empty-cells-gaps-and-blank-rows.xlsx")).toEqual({
			Sheet1: [
				[1, ["Kommun", "", "2023"]],
				[5, ["Partille", "", "32"]],
				[6, ["", "7"]],
			],
		});
	});

	it("a merged title once (its copies empty even when the file repeats it), blank rows skipped", async () => {
		expect(await rowsOf("merged-title-and-blank-rows.xlsx")).toEqual({
			Ranking: [
				[1, ["Ranking 2023"]],
				[4, ["Kommun", "2023"]],
				[5, ["Partille", "32"]],
			],
		});
	});

	it("every worksheet in the workbook's order, a chart sheet left out, absolute targets", async () => {
		expect(await rowsOf("multiple-sheets-and-a-chart-sheet.xlsx")).toEqual({
			"Om filen": [[1, ["Källa: Svenskt Näringsliv"]]],
			Ranking: [[1, ["Kommun"]]],
		});
	});

	it("elements with a namespace prefix (<x:row>)", async () => {
		expect(await rowsOf("namespace-prefixed-elements.xlsx")).toEqual({
			Sheet1: [[1, ["Kommun", "2023"]]],
		});
	});

	it("a workbook part outside xl/, found through _rels/.rels", async () => {
		expect(await rowsOf("workbook-part-outside-xl.xlsx")).toEqual({
			Sheet1: [[1, ["Kommun"]]],
		});
	});

	it("parts stored without compression", async () => {
		expect(await rowsOf("stored-parts-not-deflated.xlsx")).toEqual({
			Tabell: [[1, ["Kommun"]]],
		});
	});
});

describe("readWorkbook refuses what would not fit in memory", () => {
	it("a sheet whose dimension passes the cell limit, before reading a cell", async () => {
		expect(await readQuirk("dimension-past-the-cell-limit.xlsx")).toMatchObject(
			{
				ok: false,
				refusal: "too-large",
				message:
					'refused: the sheet "Sheet1" declares 1,048,576 rows × 16,384 columns, more than the 2,000,000 cells (rows × columns) a workbook may hold',
			},
		);
	});

	it("a sheet whose rows reach far right, past the cell limit, before building its records", async () => {
		expect(
			await readQuirk("cells-far-right-past-the-cell-limit.xlsx"),
		).toMatchObject({
			ok: false,
			refusal: "too-large",
			message:
				'refused: the sheet "Sheet1" holds more than the 2,000,000 cells (rows × columns) a workbook may hold',
		});
	});

	it("a zip bomb whose headers understate its size: inflating stops at the declared size", async () => {
		expect(await readQuirk("zip-bomb-lying-sizes.xlsx")).toMatchObject({
			ok: false,
			refusal: "unreadable",
			message:
				"not a readable .xlsx workbook (its part xl/worksheets/sheet1.xml inflates past the 4000 bytes it declares, or is damaged)",
		});
	});

	it("a sheet of 300,000 unclosed tags, in one pass (a rescan per tag would take minutes)", async () => {
		expect(await rowsOf("unclosed-tags-read-in-one-pass.xlsx")).toEqual({
			Sheet1: [[1, ["Kommun"]]],
		});
	}, 5000);

	it("what is not a zip", async () => {
		expect(
			await readWorkbook(new TextEncoder().encode("Kommun;2023")),
		).toMatchObject({
			ok: false,
			refusal: "unreadable",
			message:
				"not a readable .xlsx workbook (it is not a zip file (no central directory))",
		});
	});
});

describe("writeWorkbook", () => {
	it("writes what readWorkbook reads back: text, numbers, booleans, dates, merges", async () => {
		const bytes = writeWorkbook(
			[
				{
					name: "Åtgärder",
					header: true,
					widths: [10, 20],
					merges: ["A1:C1"],
					lists: [{ range: "B3:B3", values: ["Pågår", "Klar"] }],
					rows: [
						["Titel & <plan>", null, null],
						["Id", "Status", "Start"],
						[1, "Pågår", new Date("2024-03-01T00:00:00Z")],
						[2.5, true, undefined],
					],
				},
				{ name: "Tom", rows: [] },
			],
			{ modified: new Date("2026-01-01T00:00:00Z") },
		);
		const read = await readWorkbook(bytes);
		expect(read).toMatchObject({
			ok: true,
			sheets: [
				{
					name: "Åtgärder",
					records: [
						{ line: 1, cells: ["Titel & <plan>"] },
						{ line: 2, cells: ["Id", "Status", "Start"] },
						{ line: 3, cells: ["1", "Pågår", "2024-03-01"] },
						{ line: 4, cells: ["2.5", "true"] },
					],
				},
				{ name: "Tom", records: [] },
			],
		});
	});
});
