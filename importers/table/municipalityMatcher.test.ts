import { describe, expect, it } from "vitest";
import type { CodedIssue } from "../../domain/importIssues.ts";
import {
	type IssueLanguage,
	issueReason,
} from "../../domain/importIssueText.ts";
import { normaliseKommungrupp } from "./kommungrupp.ts";
import {
	codeNumberOf,
	createMunicipalityMatcher,
	type MunicipalityMatch,
} from "./municipalityMatcher.ts";

const matcher = createMunicipalityMatcher([
	{ code: "0139", name: "Upplands-Bro" },
	{ code: "0180", name: "Stockholm" },
	{ code: "0305", name: "Håbo" },
	{ code: "0643", name: "Habo" },
	{ code: "0980", name: "Gotland" },
	{ code: "1480", name: "Göteborg" },
	{ code: "2080", name: "Falun" },
	{ code: "2039", name: "Malung-Sälen" },
	{ code: "1438", name: "Dals-Ed" },
]);

describe("municipality name variants", () => {
	it.each([
		["Upplands Bro", "0139"],
		["Upplands-Bro kommun", "0139"],
		["Stockholms stad", "0180"],
		["Region Gotland", "0980"],
		["Gotlands kommun", "0980"],
		["Göteborgs stad", "1480"],
		["Goteborg", "1480"],
		["Falu kommun", "2080"],
		["Malung Sälen", "2039"],
		["Dals Ed", "1438"],
		["Håbo", "0305"],
		["Habo kommun", "0643"],
	])("%s → %s", (name, code) => {
		expect(matcher.byName(name)).toEqual({ ok: true, code });
	});

	it("Håbo and Habo differ only in å: without it the name is ambiguous, not guessed", () => {
		expect(matcher.byName("HABO").ok).toBe(true);
		const match = createMunicipalityMatcher([
			{ code: "0305", name: "Håbo" },
			{ code: "0643", name: "Habo" },
		]).byName("Hâbo");
		expect(match).toEqual({
			ok: false,
			issue: {
				code: "ambiguous-municipality-name",
				params: { candidates: ["Håbo 0305", "Habo 0643"] },
			},
		});
	});

	it("counties: full, short and region names and codes, never a municipality's name", () => {
		const withCounties = createMunicipalityMatcher([
			{
				code: "2080",
				name: "Falun",
				countyName: "Dalarnas län",
				countyCode: "20",
			},
			{
				code: "1402",
				name: "Partille",
				countyName: "Västra Götalands län",
				countyCode: "14",
			},
			{
				code: "0180",
				name: "Stockholm",
				countyName: "Stockholms län",
				countyCode: "01",
			},
		]);
		expect(
			[
				"Dalarnas län",
				"Dalarna",
				"Västra Götaland",
				"Västra Götalandsregionen",
				"Region Dalarna",
				"20",
				"0014",
			].map((name) => withCounties.countyOf(name)),
		).toEqual([
			"Dalarnas län",
			"Dalarnas län",
			"Västra Götalands län",
			"Västra Götalands län",
			"Dalarnas län",
			"Dalarnas län",
			"Västra Götalands län",
		]);
		expect(withCounties.byName("Stockholm")).toEqual({
			ok: true,
			code: "0180",
		});
		expect(withCounties.byName("Stockholms län").ok).toBe(false);
	});

	it("codes: four digits, a lost leading zero restored", () => {
		expect(matcher.byCode("139")).toEqual({ ok: true, code: "0139" });
		expect(matcher.byCode("0139")).toEqual({ ok: true, code: "0139" });
		expect(matcher.byCode(" 1480 ")).toEqual({ ok: true, code: "1480" });
		expect(matcher.byCode("9999").ok).toBe(false);
		for (const cell of ["00139", "39", "-139", "139a", "0000", "", "1 480"])
			expect(matcher.byCode(cell)).toEqual({
				ok: false,
				issue: { code: "unknown-municipality-code", params: { known: 9 } },
			});
	});

	it("a code cell's number: three or four digits only", () => {
		expect(codeNumberOf("0114")).toBe(114);
		expect(codeNumberOf("114")).toBe(114);
		expect(codeNumberOf("2584")).toBe(2584);
		for (const cell of ["14", "01140", "-114", "11a", "", "١١٤"])
			expect(codeNumberOf(cell)).toBeUndefined();
	});
});

/** Why the cell was refused, as people read it. */
function reasonFor(
	match: MunicipalityMatch,
	value: string,
	lang: IssueLanguage,
) {
	if (match.ok) return null;
	return issueReason(
		{ ...match.issue, header: "Kommun", value } as CodedIssue,
		lang,
	);
}

describe("a file's municipality the list does not hold", () => {
	it("is named against the list the database holds: all 290, or part of it", () => {
		expect(reasonFor(matcher.byName("Atlantis"), "Atlantis", "en")).toBe(
			'"Atlantis" matches none of the 9 municipalities in the database (it holds part of the list of 290)',
		);
		expect(reasonFor(matcher.byCode("9999"), "9999", "sv")).toBe(
			'"9999" är ingen av de 9 kommunkoderna i databasen (den har en del av listan med 290)',
		);
		const whole = createMunicipalityMatcher(
			Array.from({ length: 290 }, (_, i) => ({
				code: String(1000 + i),
				name: `Kommun ${i}`,
			})),
		);
		expect(reasonFor(whole.byName("Atlantis"), "Atlantis", "sv")).toBe(
			'"Atlantis" är ingen av de 290 kommunerna',
		);
	});
});

describe("kommungrupp", () => {
	it.each([
		["A2", "A2"],
		["a2", "A2"],
		["Pendlingskommun nära storstad", "A2"],
		["B3 Större stad", "B3"],
		["Mindre stad/tätort (C6)", "C6"],
		["Pendlingskommun nära mindre tätort", "C7"],
		["Okänd grupp", null],
	])("%s → %s", (cell, code) => {
		expect(normaliseKommungrupp(cell)).toBe(code);
	});
});
