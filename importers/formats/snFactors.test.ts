import { describe, expect, it } from "vitest";
import {
	expectRefusal,
	formattedErrors,
	importAccepted,
	importFixture,
	municipalityDatabasePerTest,
} from "../testing/importTestHelpers.ts";
import { parseWeight } from "./snFactorDefinitions.ts";

const database = municipalityDatabasePerTest();

const DEFINITIONS = "sn-factors/definitions-fraction-decimal-percent.csv";

describe("SN factor definitions", () => {
	it("reads weights as fractions, decimal commas and percentages, summing to 1", async () => {
		const result = await importAccepted(database, DEFINITIONS);
		expect(result.parsed.source).toBe("sn-factor-definitions");
		const rows = database.handle.sqlite
			.prepare(
				"select id, kind, weight, higher_is_better, provenance, import_run_id from sn_factor order by id",
			)
			.all();
		expect(rows).toEqual([
			{
				id: "kommunalskatt",
				kind: "statistic",
				weight: 0.25,
				higher_is_better: 0,
				provenance: "imported",
				import_run_id: 2,
			},
			{
				id: "sammanfattande-omdome",
				kind: "survey",
				weight: 0.5,
				higher_is_better: 1,
				provenance: "imported",
				import_run_id: 2,
			},
			{
				id: "service",
				kind: "survey",
				weight: 0.25,
				higher_is_better: 1,
				provenance: "imported",
				import_run_id: 2,
			},
		]);
	});

	it("parses weight notations", () => {
		expect(parseWeight("6/18")).toEqual({ ok: true, value: 6 / 18 });
		expect(parseWeight("0,3333")).toEqual({ ok: true, value: 0.3333 });
		expect(parseWeight("25 %")).toEqual({ ok: true, value: 0.25 });
		expect(parseWeight("1,5").ok).toBe(false);
		expect(parseWeight("x/3").ok).toBe(false);
	});

	it("refuses weights that do not sum to 1, bad ids and bad yes/no, and writes nothing", async () => {
		await expectRefusal(database, "sn-factors/bad-definitions.csv", [
			'bad-definitions.csv:4:6 (Faktor-id): "Konkurrens!" is not a factor id: lower-case letters, digits and hyphens, such as "service"',
			'bad-definitions.csv:5:49 (Högre är bättre): "kanske" must be ja or nej',
			"bad-definitions.csv:6:43 (Vikt): the weights of 2025 add up to 0.9000 over 2 factors; they must add up to 1 (±0.001)",
		]);
	});
});

describe("SN factor results", () => {
	it("matches factor ids against the stored definitions of the year", async () => {
		await importFixture(database, DEFINITIONS);
		const result = await importAccepted(database, "sn-factors/factors-ids.csv");
		expect(result.parsed.snResults).toContainEqual({
			year: 2023,
			municipalityCode: "1402",
			factorId: "kommunalskatt",
			rank: 120,
			score: 32.04,
			source: null,
		});
		expect(result.parsed.warnings.map((w) => w.message)).toContain(
			"2023: factor results for 2 of 290 municipalities",
		);
	});

	it("matches factor labels, tab-separated, with a definitions file paired in the same run", async () => {
		const definitions = await importFixture(database, DEFINITIONS, {
			dryRun: true,
		});
		const result = await importAccepted(
			database,
			"sn-factors/factors-labels-tab.tsv",
			{ dryRun: true },
			{ pairedFactorDefinitions: definitions.parsed.snFactors },
		);
		expect(
			result.parsed.snResults.map((r) => [
				r.municipalityCode,
				r.factorId,
				r.score,
			]),
		).toEqual([
			["1402", "service", 3.6],
			["0184", "kommunalskatt", 17.12],
		]);
	});

	it("refuses an unknown factor without definitions, naming the fix", async () => {
		const result = await importFixture(database, "sn-factors/factors-ids.csv");
		expect(formattedErrors(result)[0]).toBe(
			"factors-ids.csv:2:20 (Faktor): no factor definitions for 2023: import that year's factor list (År, Faktor-id, Faktor, Typ, Vikt) first, or together with this file",
		);
	});

	it("refuses survey values outside 1–6, unknown factors, bad ranks and repeats, and writes nothing", async () => {
		await importFixture(database, DEFINITIONS);
		await expectRefusal(database, "sn-factors/bad-factors.csv", [
			'bad-factors.csv:2:19 (Värde): "7" is not a number from 1 to 6',
			'bad-factors.csv:3:11 (Faktor): "konkurrens" is not a factor of 2023 (the factors of 2023: kommunalskatt, sammanfattande-omdome, service)',
			"bad-factors.csv:4:11 (Faktor): no factor definitions for 2022: import that year's factor list (År, Faktor-id, Faktor, Typ, Vikt) first, or together with this file",
			'bad-factors.csv:5:23 (Placering): "300" is not a whole number from 1 to 290',
			"bad-factors.csv:8:11 (Faktor): the factor sammanfattande-omdome appears twice for municipality code 1402 (Partille) in 2023 (first on line 7)",
		]);
	});
});

describe("SN survey-only (May) release", () => {
	it("a long file without Placering is source sn-survey and writes scores only", async () => {
		const result = await importAccepted(
			database,
			"sn-ranking/survey-may-release.csv",
		);
		expect(result.parsed.source).toBe("sn-survey");
		expect(
			result.parsed.snResults.map((r) => [r.year, r.factorId, r.rank, r.score]),
		).toEqual([
			[2024, "sammanfattande-omdome", null, 3.9],
			[2025, "sammanfattande-omdome", null, 3.9],
		]);
		expect(result.parsed.warnings.map((w) => w.message)).toContain(
			"2024: survey scores for 1 of 290 municipalities",
		);
	});
});
