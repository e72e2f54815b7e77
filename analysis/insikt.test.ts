import { describe, expect, it } from "vitest";
import type { InsiktValue } from "../domain/figures.ts";
import { gradeBand, summariseInsikt } from "./insikt.ts";

function nki(
	year: number,
	municipalityCode: string,
	area: string,
	value: number | null,
	measure = "nki",
): InsiktValue {
	return {
		year,
		municipalityCode,
		area,
		measure,
		value,
		responses: null,
		provenance: "imported",
	};
}

describe("gradeBand", () => {
	it.each([
		[79.5, "mycket-hogt", 80],
		[79.4, "hogt", 79],
		[69.5, "hogt", 70],
		[69.4, "godkant", 69],
		[61.5, "godkant", 62],
		[61.4, "lagt", 61],
		[49.5, "lagt", 50],
		[49.4, "mycket-lagt", 49],
		[0, "mycket-lagt", 0],
	])("grades %d on the rounded NKI as %s", (value, id, roundedNki) => {
		expect(gradeBand(value)).toEqual({ id, roundedNki });
	});
});

// Bygglov 2023: ten municipalities 50, 55, 60, 65, 70, 75, 85, 85, 90, 95 (us: 1402 at 85).
const bygglov2023 = [50, 55, 60, 65, 70, 75, 85, 90, 95].map((value, i) =>
	nki(2023, `k${i}`, "bygglov", value),
);
const service = {
	information: 70,
	tillganglighet: 65,
	bemotande: 80,
	kompetens: 78,
	rattssakerhet: 72,
	effektivitet: 60,
};
const values: InsiktValue[] = [
	...bygglov2023,
	{
		...nki(2023, "1402", "bygglov", 85),
		responses: 40,
		provenance: "published",
	},
	nki(2023, "0000", "bygglov", 72),
	nki(2023, "k99", "bygglov", null),
	nki(2022, "k0", "bygglov", 99),
	nki(2022, "1402", "bygglov", null),
	nki(2021, "1402", "bygglov", 80),
	nki(2023, "1402", "totalt", 66.5),
	nki(2023, "k1", "totalt", 70),
	nki(2023, "0000", "totalt", 71),
	nki(2023, "1402", "upphandling", 70, "nui"),
	...Object.entries(service).map(([measure, value]) =>
		nki(2023, "1402", "totalt", value, measure),
	),
	nki(2023, "0000", "totalt", 68, "effektivitet"),
	nki(2023, "1402", "bygglov", 10, "effektivitet"),
];
const definitions = [
	{
		year: 2023,
		areas: [
			"brandskydd",
			"bygglov",
			"markupplatelse",
			"miljo-halsoskydd",
			"livsmedel",
			"servering",
		],
	},
	{
		year: 2024,
		areas: ["bygglov", "miljo-halsoskydd", "livsmedel", "servering"],
	},
];

describe("summariseInsikt", () => {
	const summary = summariseInsikt(values, "1402", 2023, definitions);
	const bygglov = summary.areas.find((a) => a.area === "bygglov");

	it("lists the areas with an NKI that year, totalt first, NUI areas left out", () => {
		expect(summary.areas.map((a) => a.area)).toEqual(["totalt", "bygglov"]);
		expect(summary.areas[0]?.grade.id).toBe("godkant");
	});

	it("sets an area against riket and the top decile of the reporting municipalities", () => {
		expect(bygglov).toMatchObject({
			value: 85,
			responses: 40,
			provenance: "published",
			riket: 72,
		});
		// Position 9·0.9 = 8.1 between 90 and 95; riket and the missing value are not counted.
		expect(bygglov?.topDecile).toBeCloseTo(90.5, 12);
		expect(bygglov?.grade).toEqual({
			id: "mycket-hogt",
			roundedNki: 85,
		});
	});

	it("ranks locally with shared ranks among the year's reporting municipalities", () => {
		expect(bygglov?.rank).toBe(3);
		expect(bygglov?.rankedCount).toBe(10);
	});

	it("gives the area's trend over all years", () => {
		expect(bygglov?.trend).toEqual([
			{ year: 2021, value: 80, provenance: "imported", riket: null },
			{ year: 2022, value: null, provenance: "imported", riket: null },
			{ year: 2023, value: 85, provenance: "published", riket: 72 },
		]);
	});

	it("names the three weakest service factors of NKI totalt", () => {
		expect(summary.weakestServiceFactors).toEqual([
			{ measure: "effektivitet", value: 60, riket: 68 },
			{ measure: "tillganglighet", value: 65, riket: null },
			{ measure: "information", value: 70, riket: null },
		]);
	});

	it("marks the 2024 break in NKI totalt", () => {
		expect(summary.definitionBreaks).toEqual([
			{
				year: 2024,
				previousYear: 2023,
				added: [],
				removed: ["brandskydd", "markupplatelse"],
			},
		]);
	});

	it("is empty for a municipality without results", () => {
		const none = summariseInsikt(values, "2584", 2023, []);
		expect(none.areas).toEqual([]);
		expect(none.weakestServiceFactors).toEqual([]);
	});
});
