import { describe, expect, it } from "vitest";
import type { Municipality } from "../../server/schemas/municipalities.ts";
import { filterMunicipalities } from "./filterMunicipalities.ts";

const m = (code: string, name: string, countyName: string): Municipality => ({
	code,
	name,
	countyName,
	countyCode: code.slice(0, 2),
	kommungrupp: null,
});
const list = [
	m("1402", "Partille", "Västra Götalands län"),
	m("2023", "Malung-Sälen", "Dalarnas län"),
	m("0180", "Stockholm", "Stockholms län"),
];

describe("filterMunicipalities", () => {
	it("ignores accents and case", () => {
		expect(
			filterMunicipalities(list, "malung-salen").map((x) => x.code),
		).toEqual(["2023"]);
	});
	it("finds by code prefix", () => {
		expect(filterMunicipalities(list, "14").map((x) => x.code)).toEqual([
			"1402",
		]);
	});
	it("finds by län and lists name matches first", () => {
		expect(filterMunicipalities(list, "stockholm").map((x) => x.code)).toEqual([
			"0180",
		]);
		expect(filterMunicipalities(list, "götalands").map((x) => x.code)).toEqual([
			"1402",
		]);
	});
	it("returns everything for an empty query", () => {
		expect(filterMunicipalities(list, " ")).toHaveLength(3);
	});
});
