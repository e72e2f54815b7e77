import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES_DIR } from "../../pipeline/bundled.ts";
import {
	formattedErrors,
	formattedWarnings,
	importAccepted,
	importKoladaFixtures,
	issueCodes,
	municipalityDatabasePerTest,
	snapshotTables,
} from "../../testing/importTestHelpers.ts";
import {
	createKoladaCatalogue,
	INSIKT_KPIS,
	readKpiTitle,
} from "./koladaCatalogue.ts";
import { readKoladaDocument } from "./parseKoladaJson.ts";

function catalogueAnswer() {
	const document = readKoladaDocument(
		readFileSync(
			join(FIXTURES_DIR, "kolada", "kpi-foretagsklimat-insikt.json"),
			"utf8",
		),
	);
	if (document.kind !== "kpis") throw new Error("not a KPI list");
	return document.kpis;
}

const database = municipalityDatabasePerTest();

function insiktRows(code: string): string[] {
	return database.handle.sqlite
		.prepare(
			"select year, area, measure, value, responses from insikt_result where municipality_code = ? order by year, area, measure",
		)
		.all(code)
		.map((row) => {
			const r = row as {
				year: number;
				area: string;
				measure: string;
				value: number | null;
				responses: number | null;
			};
			return `${r.year} ${r.area}/${r.measure}=${r.value}${r.responses === null ? "" : ` (${r.responses})`}`;
		});
}

describe("Kolada KPI titles, as today's catalogue has them", () => {
	it.each([
		[
			"Företagsklimat Insikt - Livsmedelskontroll - Index",
			{ area: "livsmedel", measure: "nki", holds: "value" },
		],
		[
			"Företagsklimat Insikt - Upphandling - Index",
			{ area: "upphandling", measure: "nui", holds: "value" },
		],
		[
			"Företagsklimat Insikt - Totalt, Index, gammal definition (-2024)",
			{ area: "totalt", measure: "nki", holds: "value", definition: "old" },
		],
		[
			"Företagsklimat Insikt - Totalt, Index, ny definition",
			{ area: "totalt", measure: "nki", holds: "value", definition: "new" },
		],
		[
			"Företagsklimat Insikt - Bemötande - Index",
			{ area: "totalt", measure: "bemotande", holds: "value" },
		],
		[
			"Företagsklimat Insikt - Totalt, Antal svar, ny definition",
			{ area: "totalt", measure: "nki", holds: "responses", definition: "new" },
		],
		[
			"Företagsklimat Insikt - Totalt, Svarsfrekvens, gammal definition (-2024)",
			{
				area: "totalt",
				measure: "svarsfrekvens",
				holds: "value",
				definition: "old",
			},
		],
		[
			"Företagsklimat Insikt - Bygglov - Antal svar",
			{ area: "bygglov", measure: "nki", holds: "responses" },
		],
	])("%s", (title, meaning) => {
		expect(readKpiTitle(title)).toEqual(meaning);
	});

	it("reads no other KPI as Insikt", () => {
		expect(readKpiTitle("Invånare totalt, antal")).toBeNull();
		expect(readKpiTitle("Företagsklimat Insikt - Okänt mått")).toBeNull();
	});

	it("knows every KPI of today's catalogue answer, by the same titles", () => {
		const listed = catalogueAnswer();
		expect(listed.map((kpi) => kpi.id)).toEqual(
			INSIKT_KPIS.map((kpi) => kpi.id),
		);
		for (const kpi of listed) expect(readKpiTitle(kpi.title)).not.toBeNull();
		expect(createKoladaCatalogue(listed).warnings).toEqual([]);
	});

	it("checks a stored id's title before trusting it: a title that says something else wins, with a warning", () => {
		const catalogue = createKoladaCatalogue([
			{ id: "U07455", title: "Företagsklimat Insikt - Bygglov - Index" },
			{ id: "U07446", title: "Invånare som upplevt oro för bostadsinbrott" },
		]);
		expect(catalogue.meaningOf("U07455")).toMatchObject({ area: "bygglov" });
		expect(catalogue.meaningOf("U07446")).toBeUndefined();
		expect(catalogue.warnings.map((w) => w.code)).toEqual([
			"kolada-kpi-title-changed",
			"kolada-kpi-title-changed",
		]);
	});
});

describe("Kolada saved answers", () => {
	it("two pages of one answer merge into one import: page 2 does not replace page 1", () => {
		const result = importKoladaFixtures(database, [
			"kolada/data-page-1.json",
			"kolada/data-page-2.json",
		]);
		expect(formattedErrors(result)).toEqual([]);
		const riket = database.handle.sqlite
			.prepare(
				"select value from insikt_result where municipality_code = '0000' order by year",
			)
			.pluck()
			.all();
		expect(riket).toEqual([
			68.3, 68.4, 70.4, 70.7, 71.8, 73.1, 73.7, 73.9, 74.6,
		]);
		expect(insiktRows("1402")).toEqual([
			"2017 totalt/nki=66",
			"2018 totalt/nki=72",
			"2022 totalt/nki=75 (117)",
			"2022 totalt/svarsfrekvens=54",
		]);
		expect(issueCodes(result)).not.toContain("kolada-answer-continues");
		expect(result.fileName).toBe("data-page-1.json + data-page-2.json");
	});

	it("the two pages imported one at a time: each is part of an answer, written over what is stored, so page 2 keeps page 1's values", async () => {
		const first = await importAccepted(database, "kolada/data-page-1.json");
		const second = await importAccepted(database, "kolada/data-page-2.json");
		expect(issueCodes(first)).toContain("kolada-answer-continues");
		expect(issueCodes(second)).toContain("kolada-answer-begins-earlier");
		const riket = database.handle.sqlite
			.prepare(
				"select value from insikt_result where municipality_code = '0000' order by year",
			)
			.pluck()
			.all();
		expect(riket).toEqual([
			68.3, 68.4, 70.4, 70.7, 71.8, 73.1, 73.7, 73.9, 74.6,
		]);
		expect(insiktRows("1402")).toContain("2017 totalt/nki=66");
	});

	it("page 1 alone, its next_url set, imports with a warning that the answer continues", async () => {
		const result = await importAccepted(database, "kolada/data-page-1.json");
		expect(formattedWarnings(result)).toContain(
			"data-page-1.json: the answer continues on another page (next_url https://api.kolada.se/v3/data/kpi/U07446,U07447,U07448,U07449,U07450,U07451,U07453,U07455,U07459,U07508,U07509,U07510,U07511,U07512,U07513,U07551,U07552,U07553,U07554/municipality/0000,1402/year/2014,2015,2016,2017,2018,2019,2020,2021,2022,2023,2024?page=2&per_page=8) that was not given: this import holds 8 value(s) of 15, written over what is stored without removing anything; fetch and give every page",
		);
		expect(result.parsed.warnings.map((w) => w.message)).toContain(
			"1 value(s) were null in Kolada (no published figure) and were skipped",
		);
	});

	it("a page saved with its URL by npm run kolada -- --save reads the same, and knows it is page 1", async () => {
		const result = await importAccepted(
			database,
			"kolada/saved-page-with-url.json",
		);
		expect(result.parsed.insiktResults).toHaveLength(7);
		expect(issueCodes(result)).toContain("kolada-answer-continues");
	});

	it("without the catalogue answer, today's ids are read by Topp10's list, and the summary says the titles were not checked", async () => {
		const result = await importAccepted(
			database,
			"kolada/service-factors-answers-rates.json",
		);
		expect(insiktRows("1402")).toEqual([
			"2022 bygglov/nki=68",
			"2022 totalt/bemotande=82",
			"2022 totalt/effektivitet=70",
			"2022 totalt/information=69",
			"2022 totalt/kompetens=78",
			"2022 totalt/nki=null (117)",
			"2022 totalt/rattssakerhet=76",
			"2022 totalt/svarsfrekvens=54",
			"2022 totalt/tillganglighet=71",
		]);
		expect(issueCodes(result)).toContain("kolada-titles-not-checked");
	});

	it("with the catalogue answer the titles are checked, and nothing is said about them", () => {
		const result = importKoladaFixtures(
			database,
			["kolada/service-factors-answers-rates.json"],
			{ koladaKpis: catalogueAnswer() },
		);
		expect(formattedErrors(result)).toEqual([]);
		expect(issueCodes(result)).not.toContain("kolada-titles-not-checked");
	});

	it("NKI totalt by the old and the new definition are kept apart: 2024 has both", async () => {
		const result = await importAccepted(
			database,
			"kolada/nki-totalt-old-and-new-2024.json",
		);
		expect(insiktRows("1402")).toEqual([
			"2023 totalt/nki=76",
			"2024 totalt/nki=79 (98)",
			"2024 totalt/nki-gammal-definition=77 (130)",
		]);
		expect(insiktRows("0000")).toEqual([
			"2024 totalt/nki=76",
			"2024 totalt/nki-gammal-definition=75",
		]);
		expect(formattedWarnings(result)).toContain(
			"nki-totalt-old-and-new-2024.json: NKI totalt by the old definition (U07451) for 2024 is not the definition of that year: stored apart as the measure nki-gammal-definition",
		);
	});

	it("a KPI that is not Insikt is skipped with one warning naming it, not refused", async () => {
		const result = await importAccepted(
			database,
			"kolada/non-insikt-kpi-n01951.json",
		);
		expect(insiktRows("1402")).toEqual(["2022 totalt/nki=75"]);
		expect(formattedWarnings(result)).toContain(
			"non-insikt-kpi-n01951.json: the KPI N01951 is not an SKR Insikt figure: its 2 value(s) were skipped",
		);
	});

	it("gender T only; a value without T and a deleted value are skipped with counts", async () => {
		const result = await importAccepted(
			database,
			"kolada/gender-t-only-and-deleted.json",
		);
		expect(insiktRows("1402")).toEqual(["2022 bygglov/nki=68"]);
		expect(result.parsed.warnings.map((w) => w.message)).toEqual(
			expect.arrayContaining([
				"1 value(s) had no total (gender T) and were skipped",
				"1 value(s) marked isdeleted were skipped",
			]),
		);
	});

	it("a region's id (0014, Västra Götaland) is a county, skipped with one warning", async () => {
		const result = await importAccepted(
			database,
			"kolada/region-ids-skipped.json",
		);
		expect(insiktRows("1402")).toEqual(["2022 totalt/nki=75"]);
		expect(issueCodes(result)).toContain("aggregate-rows-skipped");
		expect(
			result.parsed.warnings.find((w) => w.code === "aggregate-rows-skipped")
				?.params,
		).toEqual({
			name: "Västra Götalands län",
			kind: "county",
			rows: 2,
			lines: [17, 30],
		});
	});

	it("refuses bad periods, unknown municipality codes, indices above 100 and text values, at the value's line:column, and writes nothing", () => {
		const before = snapshotTables(database);
		const result = importKoladaFixtures(database, ["kolada/bad-values.json"]);
		expect(formattedErrors(result)).toEqual([
			'bad-values.json:17:3 (period): "20x2" is not a year from 1990 to 2027',
			'bad-values.json:30:3 (municipality): "9999" is not one of the 290 four-digit municipality codes',
			'bad-values.json:43:3 (value): "170" is not a number from 0 to 100',
			'bad-values.json:56:3 (value): ""70"" is not a number',
		]);
		expect(result.parsed.errors[0]).toMatchObject({
			code: "not-a-year",
			header: "period",
			value: "20x2",
			params: { min: 1990, max: 2027 },
		});
		expect(snapshotTables(database)).toEqual(before);
	});

	it("a catalogue answer alone is not data", () => {
		const result = importKoladaFixtures(database, [
			"kolada/kpi-foretagsklimat-insikt.json",
		]);
		expect(formattedErrors(result)).toEqual([
			"kpi-foretagsklimat-insikt.json:1:1: this is Kolada's KPI list (19 KPIs), without values: import it together with a data answer",
		]);
	});
});
