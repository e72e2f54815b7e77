import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectDelimiter, readDelimited } from "./readDelimited.ts";

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

	it("detects ;, tab and , even with decimal commas in the cells", () => {
		expect(detectDelimiter("År;Värde\n2023;3,9\n2022;3,8\n")).toBe(";");
		expect(detectDelimiter("År\tVärde\n2023\t3,9\n")).toBe("\t");
		expect(detectDelimiter('År,Värde\n2023,"3,9"\n2022,"3,8"\n')).toBe(",");
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
