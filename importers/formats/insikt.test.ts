import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
	expectRefusal,
	formattedWarnings,
	importAccepted,
	issueCodes,
	municipalityDatabasePerTest,
	snapshotTables,
} from "../testing/importTestHelpers.ts";
import {
	createTestDatabase,
	type TestDatabase,
} from "../testing/testDatabase.ts";

const database = municipalityDatabasePerTest();

/** The stored Insikt figures of a municipality-year; `latestRun`: only those of the newest import. */
function valuesOf(
	year: number,
	code: string,
	db: TestDatabase = database,
	latestRun = false,
): string[] {
	return db.handle.sqlite
		.prepare(
			`select area, measure, value, responses from insikt_result where year = ? and municipality_code = ?${latestRun ? " and import_run_id = (select max(id) from import_run)" : ""} order by area, measure`,
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
		await expectRefusal(database, "insikt/bad-insikt.csv", [
			'bad-insikt.csv:2:22 (Värde): "101" is not a number from 0 to 100',
			'bad-insikt.csv:3:11 (Område): "skolan" is none of Insikt\'s areas totalt, brandskydd, bygglov, markupplatelse, miljo-halsoskydd, livsmedel, servering, upphandling, receptfria-lakemedel, lantmateri, folkol-tobak',
			'bad-insikt.csv:4:19 (Mått): "humör" is none of Insikt\'s measures nki, nui, information, tillganglighet, bemotande, kompetens, rattssakerhet, effektivitet, placering, svarsfrekvens, nki-gammal-definition, nki-ny-definition, svarsfrekvens-gammal-definition, svarsfrekvens-ny-definition',
			'bad-insikt.csv:5:26 (Antal svar): "-3" is not a whole number 0 or more',
			"bad-insikt.csv:7:11 (Område): totalt nki appears twice for municipality code 1402 (Partille) in 2022 (first on line 6)",
		]);
	});
});

describe("Öppna jämförelser tables (one column per area, NKI totalt, Placering)", () => {
	let bundled: TestDatabase;
	beforeEach(() => {
		bundled = createTestDatabase({ bundled: true });
	});
	afterEach(() => bundled.remove());

	it("are Insikt: Placering is SKR's rank of NKI totalt, stored as placering; Svenskt Näringsliv's ranks stay as they were", async () => {
		const snRanks = () =>
			bundled.handle.sqlite
				.prepare(
					"select municipality_code, rank, provenance from sn_result where year = 2023 and factor_id = 'total' order by municipality_code",
				)
				.all();
		const before = snRanks();
		expect(before).toHaveLength(290);
		const result = await importAccepted(
			bundled,
			"insikt/oj-wide-nki-totalt-placering.csv",
		);
		expect(result.parsed.source).toBe("insikt");
		expect(result.format).toMatch(/^insikt \(wide\)/);
		expect(snRanks()).toEqual(before);
		expect(valuesOf(2023, "1402", bundled, true)).toEqual([
			"bygglov/nki=66",
			"livsmedel/nki=80",
			"miljo-halsoskydd/nki=77",
			"servering/nki=75",
			"totalt/nki=74",
			"totalt/placering=96",
		]);
		expect(valuesOf(2023, "1441", bundled, true)).toContain(
			"totalt/placering=151",
		);
		expect(formattedWarnings(result)[0]).toBe(
			'oj-wide-nki-totalt-placering.csv:1:22 (Placering): "Placering" was read as SKR Insikt\'s own rank of totalt (stored as the measure placering), not as a Svenskt Näringsliv rank',
		);
	});
});

describe("Öppna jämförelser tables: real files' quirks", () => {
	it("a Genomsnitt samtliga row is skipped with one warning, not refused", async () => {
		const result = await importAccepted(
			database,
			"insikt/oj-wide-genomsnitt-row.csv",
		);
		expect(valuesOf(2023, "1441")).toEqual([
			"bygglov/nki=61",
			"livsmedel/nki=79",
			"totalt/nki=70",
		]);
		expect(formattedWarnings(result)).toContain(
			'oj-wide-genomsnitt-row.csv: skipped "Genomsnitt samtliga", a mean or total, not a municipality (line 4)',
		);
	});

	it("* (too few answers) is a missing value, counted in the summary", async () => {
		const result = await importAccepted(
			database,
			"insikt/oj-wide-star-too-few-answers.csv",
		);
		expect(valuesOf(2023, "1442")).toEqual(["totalt/nki=79"]);
		expect(
			result.parsed.warnings.find((w) => w.code === "missing-values"),
		).toMatchObject({
			params: { marker: "star", text: "*", count: 4 },
			message:
				'4 cell(s) were "*" (too few answers): read as missing values, nothing stored for them',
		});
	});

	it(".. (suppressed) is a missing value, counted in the summary", async () => {
		const result = await importAccepted(
			database,
			"insikt/oj-wide-dots-suppressed.csv",
		);
		expect(valuesOf(2022, "1402")).toEqual(["bygglov/nki=68", "totalt/nki=75"]);
		expect(valuesOf(2022, "1442")).toEqual([]);
		expect(
			result.parsed.warnings.find((w) => w.code === "missing-values")?.params,
		).toEqual({
			marker: "dots",
			text: "..",
			count: 4,
		});
	});

	it("without an År column the year of the title row (Företagsklimat 2023) is used, and the summary says so", async () => {
		const result = await importAccepted(
			database,
			"insikt/oj-title-year-no-ar-column.csv",
		);
		expect(valuesOf(2023, "1402")).toEqual([
			"bygglov/nki=66",
			"livsmedel/nki=80",
			"totalt/nki=74",
		]);
		expect(formattedWarnings(result)[0]).toBe(
			'oj-title-year-no-ar-column.csv:3:1: no År column: the year 2023 was taken from the title row "Öppna jämförelser Företagsklimat 2023"',
		);
	});

	it("…or the year in the file name", async () => {
		const result = await importAccepted(
			database,
			"insikt/oj-year-in-file-name-2023.csv",
		);
		expect(valuesOf(2023, "1402")).toEqual(["bygglov/nki=66", "totalt/nki=74"]);
		expect(result.parsed.warnings[0]?.params).toEqual({
			year: 2023,
			from: "file-name",
			text: "oj-year-in-file-name-2023",
		});
	});

	it("…or the year all its Insikt headers name (NKI totalt 2023)", async () => {
		const result = await importAccepted(
			database,
			"insikt/oj-year-in-column-headers.csv",
		);
		expect(valuesOf(2023, "1402")).toEqual([
			"bygglov/nki=66",
			"totalt/nki=74",
			"totalt/placering=96",
		]);
		expect(result.parsed.warnings[0]?.message).toBe(
			'no År column: the year 2023 was taken from the column header "NKI totalt 2023"',
		);
	});

	it.each([
		{
			quirk:
				"one sheet per area: the area from the sheet name, NKI and the service factors, Placering and Antal svar",
			file: "insikt/oj-per-area-sheet-bygglov.xlsx",
			stored: [
				{
					year: 2023,
					code: "1402",
					values: [
						"bygglov/bemotande=74",
						"bygglov/effektivitet=61",
						"bygglov/information=63",
						"bygglov/kompetens=70",
						"bygglov/nki=66 (41)",
						"bygglov/placering=141",
						"bygglov/rattssakerhet=69",
						"bygglov/tillganglighet=64",
					],
				},
			],
			issues: ["area-from-title", "year-from-title", "insikt-rank-read"],
		},
		{
			quirk:
				"each area's heading above its measures (a merged Bygglov over NKI, Placering, Antal svar) reads as one header",
			file: "insikt/oj-two-header-rows-area-over-measures.xlsx",
			stored: [
				{
					year: 2022,
					code: "1402",
					values: [
						"bygglov/nki=68 (40)",
						"bygglov/placering=120",
						"livsmedel/nki=77 (35)",
						"livsmedel/placering=70",
					],
				},
				{
					year: 2022,
					code: "1441",
					values: ["bygglov/nki=61 (23)", "bygglov/placering=201"],
				},
			],
			issues: ["year-from-title"],
		},
	])("$quirk", async ({ file, stored, issues }) => {
		const result = await importAccepted(database, file);
		for (const { year, code, values } of stored)
			expect(valuesOf(year, code)).toEqual(values);
		expect(issueCodes(result)).toEqual(expect.arrayContaining(issues));
	});

	it("Sverige and Hela riket are the whole country, stored as 0000", async () => {
		const result = await importAccepted(
			database,
			"insikt/sverige-hela-riket-rows.csv",
		);
		expect(valuesOf(2022, "0000")).toEqual(["bygglov/nki=67", "totalt/nki=75"]);
		expect(valuesOf(2021, "0000")).toEqual(["bygglov/nki=66", "totalt/nki=74"]);
		expect(
			issueCodes(result).filter((c) => c === "country-rows-stored"),
		).toHaveLength(2);
	});

	it("län rows (Västra Götaland, Dalarnas län) are skipped with one warning each", async () => {
		const result = await importAccepted(
			database,
			"insikt/lan-rows-skipped.csv",
		);
		expect(valuesOf(2022, "1402")).toEqual(["bygglov/nki=68", "totalt/nki=75"]);
		expect(
			result.parsed.warnings
				.filter((w) => w.code === "aggregate-rows-skipped")
				.map((w) => w.params),
		).toEqual([
			{ name: "Västra Götaland", kind: "county", rows: 1, lines: [2] },
			{ name: "Dalarnas län", kind: "county", rows: 1, lines: [4] },
		]);
	});

	it("Placering beside NKI without an area is refused, saying what the table lacks; nothing is written", async () => {
		const before = snapshotTables(database);
		await expectRefusal(database, "insikt/placering-and-nki-without-area.csv", [
			"placering-and-nki-without-area.csv:1:1: the table has Insikt measures (NKI, Bemötande, …) but does not say which area they are for: name the area (e.g. Bygglov) in a title row, the sheet name or the file name",
		]);
		expect(snapshotTables(database)).toEqual(before);
	});
});
