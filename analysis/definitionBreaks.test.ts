import { describe, expect, it } from "vitest";
import { findDefinitionBreaks } from "./definitionBreaks.ts";

const until2023 = [
	"brandskydd",
	"bygglov",
	"markupplatelse",
	"miljo-halsoskydd",
	"livsmedel",
	"servering",
];
const from2024 = ["bygglov", "miljo-halsoskydd", "livsmedel", "servering"];

describe("findDefinitionBreaks", () => {
	it("marks 2024, when NKI totalt dropped brandskydd and markupplåtelse", () => {
		const breaks = findDefinitionBreaks([
			{ year: 2024, areas: from2024 },
			{ year: 2022, areas: until2023 },
			{ year: 2023, areas: [...until2023].reverse() },
			{ year: 2025, areas: from2024 },
		]);
		expect(breaks).toEqual([
			{
				year: 2024,
				previousYear: 2023,
				added: [],
				removed: ["brandskydd", "markupplatelse"],
			},
		]);
	});

	it("compares with the closest earlier year and lists added areas", () => {
		expect(
			findDefinitionBreaks([
				{ year: 2016, areas: ["bygglov"] },
				{ year: 2020, areas: ["bygglov", "upphandling"] },
			]),
		).toEqual([
			{ year: 2020, previousYear: 2016, added: ["upphandling"], removed: [] },
		]);
	});

	it("finds nothing in one year or none", () => {
		expect(findDefinitionBreaks([{ year: 2024, areas: from2024 }])).toEqual([]);
		expect(findDefinitionBreaks([])).toEqual([]);
	});
});
