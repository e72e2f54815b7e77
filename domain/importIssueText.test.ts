import { describe, expect, it } from "vitest";
import type { CodedIssue, IssueCode, IssueParams } from "./importIssues.ts";
import {
	describeIssue,
	FORMAT_NAMES,
	type IssueLanguage,
	issueReason,
} from "./importIssueText.ts";

/** One example per code: the type makes the list complete. */
const SAMPLES: { [C in IssueCode]: IssueParams[C] } = {
	"not-a-number": {},
	"not-a-whole-number": { min: 1, max: 290 },
	"number-out-of-range": { min: 0, max: 100 },
	"not-a-year": { min: 1990, max: 2027 },
	"year-column-out-of-range": { year: 1890, min: 1990, max: 2027 },
	"year-column-repeated": { year: 2023 },
	"not-a-change": {},
	"change-disagrees": {
		municipalityCode: "1402",
		municipality: "Partille",
		previousYear: 2022,
		year: 2023,
		previousRank: 41,
		rank: 32,
		signed: false,
	},
	"current-rank-disagrees": {
		municipalityCode: "1402",
		municipality: "Partille",
		year: 2023,
		rank: 32,
	},
	"unknown-municipality-code": { known: 290 },
	"unknown-municipality-name": { known: 290 },
	"ambiguous-municipality-name": { candidates: ["Håbo 0305", "Habo 0643"] },
	"no-municipality": {},
	"aggregate-rows-skipped": {
		name: "Dalarnas län",
		kind: "county",
		rows: 3,
		lines: [4, 9, 14],
	},
	"country-rows-stored": { name: "Sverige", rows: 2 },
	"bad-municipality-code": {},
	"unknown-kommungrupp": { known: ["A1", "A2"] },
	"kommungrupp-differs": {
		municipalityCode: "1402",
		municipality: "Partille",
		earlier: "A2",
		firstLine: 2,
	},
	"municipality-repeated": {
		municipalityCode: "2021",
		municipality: "Vansbro",
		year: 2023,
		firstLine: 2,
	},
	"series-repeated": {
		municipalityCode: "1402",
		municipality: "Partille",
		series: "kommunalskatt",
		firstLine: 2,
	},
	"factor-repeated": {
		municipalityCode: "1402",
		municipality: "Partille",
		factor: "service",
		year: 2023,
		firstLine: 2,
	},
	"insikt-value-repeated": {
		municipalityCode: "1402",
		municipality: "Partille",
		area: "totalt",
		measure: "nki",
		year: 2022,
		firstLine: 6,
	},
	"factor-defined-twice": { factor: "service", year: 2023, firstLine: 2 },
	"year-defined-twice": { year: 2024, firstLine: 2 },
	"municipality-code-repeated": { firstLine: 2 },
	"row-without-value": { columns: ["Placering", "Sammanfattande omdöme"] },
	"no-factor": {},
	"unknown-factor": { year: 2023, known: ["service", "kommunalskatt"] },
	"no-factor-definitions": { year: 2023 },
	"bad-factor-id": {},
	"no-factor-label": {},
	"bad-factor-kind": {},
	"bad-weight": {},
	"scale-max-not-above-min": { scaleMin: 6, scaleMax: 1 },
	"not-yes-or-no": {},
	"weights-do-not-add-up": {
		year: 2025,
		sum: 0.9,
		factors: 2,
		tolerance: 0.001,
	},
	"unknown-insikt-area": { known: ["totalt", "bygglov"] },
	"unknown-insikt-measure": { known: ["nki", "nui"] },
	"no-insikt-areas": {},
	"incomplete-year": { year: 2023, topic: "ranks", count: 2, total: 290 },
	"note-row-skipped": { text: "Källa: Svenskt Näringsliv" },
	"missing-values": { marker: "star", text: "*", count: 4 },
	"columns-not-read": { columns: ["Andel nöjda (%)"] },
	"year-from-title": {
		year: 2023,
		from: "title-row",
		text: "Företagsklimat 2023",
	},
	"factor-from-title": {
		factor: "Arbetsställen",
		from: "file-name",
		text: "Arbetsställen 2002-2023",
	},
	"area-from-title": { area: "bygglov", from: "sheet-name", text: "Bygglov" },
	"insikt-rank-read": { area: "totalt" },
	"sheet-not-read": { sheet: "Om filen", readSheet: "Ranking" },
	"source-differs": { asked: "sn-ranking", read: "sn-survey" },
	"no-header": { formats: ["sn-ranking-long", "insikt-wide"] },
	"no-header-for-format": {
		format: "sn-ranking-long",
		expected: "År, Kommun or Kommunkod, and Placering",
	},
	"format-ambiguous": { formats: ["sn-ranking-long", "insikt-wide"] },
	"format-foreign-columns": {
		format: "sn-ranking-long",
		columns: ["NKI totalt"],
	},
	"format-unknown-columns": {
		format: "sn-ranking-long",
		columns: ["Andel nöjda (%)"],
	},
	"statistics-not-ranks": {
		factor: "Nyföretagsamhet",
		from: "title-row",
		text: "Nyföretagsamhet 2019–2022",
	},
	"values-not-ranks": { nonRanks: 10, values: 12, example: "37,8" },
	"statistics-factor-unknown": {},
	"insikt-area-not-named": {},
	"year-not-found": { format: "insikt-wide" },
	"workbook-unreadable": { detail: "End of data reached" },
	"workbook-too-large": { detail: "its parts inflate past 20 MB" },
	"no-municipality-list": {},
	"workbook-not-read": {},
	"no-sheet-with-header": { sheets: ["Blad1"], formats: ["sn-statistics"] },
	"json-not-table": { source: "sn-ranking" },
	"table-not-json": { source: "kolada" },
	"json-syntax": { detail: "Unexpected token" },
	"not-a-kolada-answer": {},
	"kolada-kpi-list-only": { kpis: 19 },
	"kolada-bad-entry": {},
	"kolada-kpi-not-insikt": {
		kpi: "N01951",
		title: "Invånare totalt, antal",
		values: 2,
	},
	"kolada-kpi-title-changed": {
		kpi: "U07455",
		title: "Företagsklimat Insikt - Bygglov - Index",
		expected: "Företagsklimat Insikt - Livsmedelskontroll - Index",
	},
	"kolada-titles-not-checked": { kpis: ["U07451", "U07455"] },
	"kolada-null-values": { count: 1 },
	"kolada-no-total-gender": { count: 1 },
	"kolada-deleted-values": { count: 1 },
	"kolada-answer-continues": {
		nextUrl:
			"https://api.kolada.se/v3/data/kpi/U07451/municipality/1402/year/2024?page=2",
		values: 8,
		count: 15,
	},
	"kolada-answer-begins-earlier": {
		previousUrl:
			"https://api.kolada.se/v3/data/kpi/U07451/municipality/1402/year/2024?page=1",
		values: 7,
		count: 15,
	},
	"kolada-other-definition": {
		kpi: "U07451",
		definition: "old",
		years: [2024],
		measure: "nki-gammal-definition",
	},
};

function sample(code: IssueCode): CodedIssue {
	const issue = {
		code,
		params: SAMPLES[code],
		line: 2,
		column: 11,
		header: "Placering",
		value: "tolv",
	} as CodedIssue;
	return { ...issue, message: issueReason(issue, "cli") };
}

const CODES = Object.keys(SAMPLES) as IssueCode[];
const LANGUAGES: IssueLanguage[] = ["sv", "en"];

describe("import issue sentences", () => {
	it("names the row and the column by its header, in Swedish and in English", () => {
		const issue = sample("not-a-whole-number");
		expect(describeIssue(issue, "sv")).toBe(
			'Rad 2, kolumn Placering: "tolv" är inget heltal 1–290',
		);
		expect(describeIssue(issue, "en")).toBe(
			'Row 2, column Placering: "tolv" is not a whole number from 1 to 290',
		);
		expect(
			describeIssue({ ...issue, sheet: "Ranking", cell: "D3", line: 3 }, "sv"),
		).toBe(
			'Blad Ranking, rad 3, kolumn Placering: "tolv" är inget heltal 1–290',
		);
	});

	it("calls a code such as 2021 a municipality code, never leaves it to read as a year", () => {
		const issue = sample("municipality-repeated");
		expect(issueReason(issue, "sv")).toBe(
			"kommunkod 2021 (Vansbro) finns två gånger för 2023 (första gången på rad 2)",
		);
		expect(issueReason(issue, "en")).toContain(
			"municipality code 2021 (Vansbro)",
		);
	});

	it.each(CODES)(
		"%s reads in both languages without flags or function names",
		(code) => {
			for (const lang of LANGUAGES) {
				const text = describeIssue(sample(code), lang);
				expect(text.length).toBeGreaterThan(10);
				expect(text).not.toMatch(/--|npm |importFile|\(\)|undefined|\[object/);
			}
			expect(sample(code).message).not.toMatch(/undefined|\[object/);
		},
	);

	it("keeps the English message of an issue without a code", () => {
		expect(
			describeIssue(
				{ line: 4, message: "the sheet has no column Titel" },
				"sv",
			),
		).toBe("Rad 4: the sheet has no column Titel");
	});

	it("names every layout of the importer's registry for people", () => {
		for (const id of [
			"municipalities",
			"sn-factor-definitions",
			"insikt-definitions",
			"sn-ranking-long",
			"sn-survey-long",
			"sn-ranking-wide",
			"sn-statistics",
			"sn-statistics-per-factor",
			"sn-factors",
			"insikt-long",
			"insikt-wide",
			"kolada",
		])
			expect(FORMAT_NAMES[id]?.sv).toBeTruthy();
	});
});
