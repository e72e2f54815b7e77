import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	detectDelimiter,
	leadingLines,
	readDelimited,
	type TableRecord,
} from "./readDelimited.ts";

/** The quote-free reading as plainly as it can be written: lines, then fields, trimmed. */
function splitByLinesAndFields(text: string, delimiter: string): TableRecord[] {
	return text.split("\n").flatMap((line, index) => {
		const raw = line.endsWith("\r") ? line.slice(0, -1) : line;
		const fields = raw.split(delimiter);
		const cells = fields.map((field) => field.trim());
		const columns = fields.map(
			(_, i) =>
				fields.slice(0, i).reduce((sum, field) => sum + field.length + 1, 0) +
				1,
		);
		return cells.every((cell) => cell === "")
			? []
			: [{ line: index + 1, cells, columns }];
	});
}

describe("readDelimited", () => {
	it("the quote-free fast path and the quoted path agree on cells, lines and columns", () => {
		const plain =
			"År;Kommun;Värde\r\n\r\n2023;Partille;3,9\r\n2023; Solna ;\r\n";
		const quoted =
			'År;Kommun;Värde\r\n\r\n2023;Partille;3,9\r\n2023;" Solna ";\r\n';
		const fast = readDelimited(plain, ";").records;
		const slow = readDelimited(quoted, ";").records;
		expect(fast).toEqual([
			{ line: 1, cells: ["År", "Kommun", "Värde"], columns: [1, 4, 11] },
			{ line: 3, cells: ["2023", "Partille", "3,9"], columns: [1, 6, 15] },
			{ line: 4, cells: ["2023", "Solna", ""], columns: [1, 6, 14] },
		]);
		expect(slow.map((r) => [r.line, r.cells])).toEqual(
			fast.map((r) => [r.line, r.cells]),
		);
	});

	it("a quoted cell may hold the delimiter and a line break", () => {
		const { records } = readDelimited('År;Not\n2023;"a;b\nc"\n2024;x\n', ";");
		expect(records.map((r) => [r.line, r.cells])).toEqual([
			[1, ["År", "Not"]],
			[2, ["2023", "a;b\nc"]],
			[4, ["2024", "x"]],
		]);
	});

	it("reads a quote-free text as splitting it into lines and fields would, white space and BOM trimmed", () => {
		fc.assert(
			fc.property(
				fc.string({
					unit: fc.constantFrom(
						";",
						",",
						"\t",
						"\n",
						"\r\n",
						"a",
						"ö",
						" ",
						"\u00a0",
						"\ufeff",
						"–",
						"7",
					),
				}),
				fc.constantFrom(";", ",", "\t"),
				(text, delimiter: ";" | "," | "\t") => {
					expect(readDelimited(text, delimiter).records).toEqual(
						splitByLinesAndFields(text, delimiter),
					);
				},
			),
		);
	});

	it("detects ;, tab and , even with decimal commas in the cells", () => {
		expect(detectDelimiter("År;Värde\n2023;3,9\n2022;3,8\n")).toBe(";");
		expect(detectDelimiter("År\tVärde\n2023\t3,9\n")).toBe("\t");
		expect(detectDelimiter('År,Värde\n2023,"3,9"\n2022,"3,8"\n')).toBe(",");
	});

	it("samples the delimiter from the first non-empty lines only", () => {
		expect(leadingLines("a;b\r\n\r\n  \nc;d\ne;f\n", 2)).toEqual([
			"a;b",
			"c;d",
		]);
		expect(leadingLines("a;b", 30)).toEqual(["a;b"]);
		expect(leadingLines("", 30)).toEqual([]);
		const long = `År,Värde\n${"2023,3\n".repeat(40)}${"x;y;z\n".repeat(100)}`;
		expect(detectDelimiter(long)).toBe(",");
	});

	it("never throws and gives every cell a column, whatever the quotes and line breaks", () => {
		fc.assert(
			fc.property(
				fc.string({
					unit: fc.constantFrom('"', ";", ",", "\t", "\n", "\r", "a", " "),
				}),
				(text) => {
					const { records } = readDelimited(text);
					for (const record of records)
						expect(record.cells.length).toBe(record.columns.length);
				},
			),
		);
	});
});
