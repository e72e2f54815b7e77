import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insiktDefinition } from "../../../db/schema.ts";
import {
	emptyParsedImport,
	type InsiktRow,
} from "../../../domain/importRows.ts";
import { applyImport } from "../../../importers/pipeline/applyImport.ts";
import type { ApiError } from "../../schemas/errors.ts";
import type { InsiktReport } from "../../schemas/insikt.ts";
import { seedMunicipalities } from "../../test/seed.ts";
import {
	createTestApp,
	FIXED_CLOCK,
	type TestApp,
} from "../../test/testApp.ts";

const value = (
	year: number,
	code: string,
	area: string,
	measure: string,
	v: number,
	responses: number | null = 40,
): InsiktRow => ({
	year,
	municipalityCode: code,
	area,
	measure,
	value: v,
	responses,
	source: null,
});

let testApp: TestApp;
beforeAll(async () => {
	testApp = await createTestApp({ bundled: false });
	const { db } = testApp.database.handle;
	seedMunicipalities(db);
	const parsed = emptyParsedImport("insikt");
	parsed.insiktResults = [
		value(2023, "1402", "totalt", "nki", 75, 117),
		value(2023, "1401", "totalt", "nki", 75),
		value(2023, "1480", "totalt", "nki", 80),
		value(2023, "1481", "totalt", "nki", 61),
		value(2023, "0000", "totalt", "nki", 74),
		value(2023, "1402", "totalt", "effektivitet", 58),
		value(2023, "1402", "totalt", "bemotande", 80),
		value(2023, "1402", "totalt", "information", 66),
		value(2023, "1402", "totalt", "kompetens", 78),
		value(2022, "1402", "totalt", "nki", 72),
		value(2024, "1402", "bygglov", "nki", 69),
	];
	applyImport(
		db,
		parsed,
		{ fileName: "insikt.csv", sha256: "insikt-test" },
		{ provenance: "imported", mode: "replace-years", dryRun: false },
		FIXED_CLOCK,
	);
	const before2024 = JSON.stringify([
		"brandskydd",
		"bygglov",
		"markupplatelse",
		"miljo-halsoskydd",
		"livsmedel",
		"servering",
	]);
	db.insert(insiktDefinition)
		.values([
			{ year: 2023, areaSet: before2024, note: null },
			{
				year: 2024,
				areaSet: JSON.stringify([
					"bygglov",
					"miljo-halsoskydd",
					"livsmedel",
					"servering",
				]),
				note: "Ny definition 2024",
			},
		])
		.run();
});
afterAll(() => testApp.close());

describe("GET /api/municipalities/:code/insikt", () => {
	it("returns the summarised year's stored values with area, measure, value, responses and provenance", async () => {
		const report = (
			await testApp.app.inject({
				url: "/api/municipalities/1402/insikt?year=2023",
			})
		).json<InsiktReport>();
		expect(report.years).toEqual([2022, 2023, 2024]);
		expect(
			report.values.every(
				(v) => v.year === 2023 && v.municipalityCode === "1402",
			),
		).toBe(true);
		expect(report.values.find((v) => v.measure === "nki")).toMatchObject({
			area: "totalt",
			value: 75,
			responses: 117,
			provenance: "imported",
		});
		expect(report.values).toHaveLength(5);
	});

	it("summarises the latest year when none is asked for", async () => {
		const report = (
			await testApp.app.inject({ url: "/api/municipalities/1402/insikt" })
		).json<InsiktReport>();
		expect(report.year).toBe(2024);
		expect(report.values.map((v) => [v.area, v.value])).toEqual([
			["bygglov", 69],
		]);
	});

	it("places NKI totalt against Riket with grade band and a shared local rank", async () => {
		const response = await testApp.app.inject({
			url: "/api/municipalities/1402/insikt?year=2023",
		});
		expect(response.statusCode).toBe(200);
		const totalt = response
			.json<InsiktReport>()
			.summary?.areas.find((a) => a.area === "totalt");
		expect(totalt).toMatchObject({
			value: 75,
			riket: 74,
			rank: 2,
			rankedCount: 4,
			grade: { id: "hogt" },
		});
	});

	it("names the weakest service factors, lowest first", async () => {
		const { summary } = (
			await testApp.app.inject({
				url: "/api/municipalities/1402/insikt?year=2023",
			})
		).json<InsiktReport>();
		expect(summary?.weakestServiceFactors.map((f) => f.measure)).toEqual([
			"effektivitet",
			"information",
			"kompetens",
		]);
	});

	it("flags the 2024 NKI totalt definition break", async () => {
		const { summary } = (
			await testApp.app.inject({
				url: "/api/municipalities/1402/insikt?year=2023",
			})
		).json<InsiktReport>();
		expect(summary?.definitionBreaks).toEqual([
			{
				year: 2024,
				previousYear: 2023,
				added: [],
				removed: ["brandskydd", "markupplatelse"],
			},
		]);
	});

	it("answers a year without values with 404 listing the years that have them", async () => {
		const response = await testApp.app.inject({
			url: "/api/municipalities/1402/insikt?year=2019",
		});
		expect(response.statusCode).toBe(404);
		expect(response.json<ApiError>().error.message).toContain(
			"2022, 2023, 2024",
		);
	});
});
