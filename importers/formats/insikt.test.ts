import { describe, expect, it } from "vitest";
import {
	formattedErrors,
	importAccepted,
	importRefused,
	municipalityDatabasePerTest,
} from "../testing/importTestHelpers.ts";

const database = municipalityDatabasePerTest();

function valuesOf(year: number, code: string): string[] {
	return database.handle.sqlite
		.prepare(
			"select area, measure, value, responses from insikt_result where year = ? and municipality_code = ? order by area, measure",
		)
		.all(year, code)
		.map((row) => {
			const r = row as {
				area: string;
				measure: string;
				value: number;
				responses: number | null;
			};
			return `${r.area}/${r.measure}=${r.value}${r.responses === null ? "" : ` (${r.responses})`}`;
		});
}

describe("Insikt, long layout", () => {
	it("ids for Område and Mått, Riket as Kommunkod 0000, the bundled data set's layout", async () => {
		await importAccepted(database, "insikt/long-ids-riket.csv");
		expect(valuesOf(2022, "1402")).toEqual([
			"bygglov/bemotande=78 (40)",
			"totalt/nki=75 (117)",
			"upphandling/nui=61",
		]);
		expect(valuesOf(2022, "0000")).toEqual(["totalt/nki=74.6"]);
	});

	it("Swedish labels, names instead of codes, Riket by name, title row, quoted decimal comma; an empty value is skipped", async () => {
		await importAccepted(database, "insikt/long-labels-names.csv");
		expect(valuesOf(2023, "1402")).toEqual([
			"livsmedel/rattssakerhet=77 (22)",
			"miljo-halsoskydd/bemotande=80.5 (31)",
			"totalt/nki=74 (120)",
		]);
		expect(valuesOf(2023, "0000")).toEqual(["totalt/nki=75"]);
	});
});

describe("Insikt, wide layout", () => {
	it("one column per area holds its NKI (NUI for upphandling); – is missing", async () => {
		const result = await importAccepted(database, "insikt/wide-areas.csv");
		expect(result.format).toMatch(/^insikt \(wide\)/);
		expect(valuesOf(2022, "1402")).toEqual([
			"brandskydd/nki=80",
			"bygglov/nki=68",
			"livsmedel/nki=77",
			"miljo-halsoskydd/nki=72",
			"upphandling/nui=61",
		]);
	});
});

describe("Insikt definitions", () => {
	it("areas of NKI totalt per year, ids or labels, so the 2024 break is data", async () => {
		await importAccepted(database, "insikt/definitions.csv");
		const rows = database.handle.sqlite
			.prepare(
				"select year, area_set, note, import_run_id is not null as traced from insikt_definition order by year",
			)
			.all();
		expect(rows).toEqual([
			{
				year: 2023,
				area_set:
					'["brandskydd","bygglov","markupplatelse","miljo-halsoskydd","livsmedel","servering"]',
				note: null,
				traced: 1,
			},
			{
				year: 2024,
				area_set: '["bygglov","miljo-halsoskydd","livsmedel","servering"]',
				note: "Från 2024 ingår bara fyra områden (definitionsbrott)",
				traced: 1,
			},
		]);
	});
});

describe("Insikt, bad input", () => {
	it("refuses indices outside 0–100, unknown areas and measures, negative answers and repeats, and writes nothing", async () => {
		const result = await importRefused(database, "insikt/bad-insikt.csv");
		expect(formattedErrors(result)).toEqual([
			'bad-insikt.csv:2:22: index "101" must be a number from 0 to 100',
			'bad-insikt.csv:3:11: area "skolan" is none of totalt, brandskydd, bygglov, markupplatelse, miljo-halsoskydd, livsmedel, servering, upphandling, receptfria-lakemedel, lantmateri, folkol-tobak',
			'bad-insikt.csv:4:19: measure "humör" is none of nki, nui, information, tillganglighet, bemotande, kompetens, rattssakerhet, effektivitet',
			'bad-insikt.csv:5:26: number of answers "-3" must be a whole number, 0 or more',
			"bad-insikt.csv:7:11: totalt nki appears twice for 1402 in 2022 (first on line 6)",
		]);
	});
});
