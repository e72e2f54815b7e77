import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	pageHref,
	parseCode,
	parseCodes,
	parseGroup,
	parseHistoryFrom,
	parseIdSet,
	parseLang,
	parseSort,
	parseWhatIf,
	parseYear,
	patchSearch,
	serialiseCodes,
	serialiseSort,
	serialiseWhatIf,
	toggleId,
	trimNumber,
} from "./urlState.ts";

describe("simple parameters", () => {
	it("accepts four-digit codes only", () => {
		expect(parseCode("1402")).toBe("1402");
		expect(parseCode("0114")).toBe("0114");
		expect(parseCode("140")).toBeNull();
		expect(parseCode("abcd")).toBeNull();
		expect(parseCode(null)).toBeNull();
	});
	it("accepts plausible years", () => {
		expect(parseYear("2023")).toBe(2023);
		expect(parseYear("1899")).toBeNull();
		expect(parseYear("20x3")).toBeNull();
		expect(parseYear("")).toBeNull();
	});
	it("accepts a first year of history the API takes", () => {
		expect(parseHistoryFrom("1998")).toBe(1998);
		expect(parseHistoryFrom("1900")).toBe(1900);
		expect(parseHistoryFrom("1899")).toBeNull();
		expect(parseHistoryFrom("2101")).toBeNull();
		expect(parseHistoryFrom("19x8")).toBeNull();
		expect(parseHistoryFrom(null)).toBeNull();
	});
	it("is Swedish unless English is asked for", () => {
		expect(parseLang("en")).toBe("en");
		expect(parseLang("de")).toBe("sv");
		expect(parseLang(null)).toBe("sv");
	});
	it("accepts the API's group ids", () => {
		expect(parseGroup("GR")).toBe("GR");
		expect(parseGroup("lan:14")).toBe("lan:14");
		expect(parseGroup("kommungrupp:A2")).toBe("kommungrupp:A2");
		expect(parseGroup("lan:1")).toBeNull();
		expect(parseGroup("<script>")).toBeNull();
	});
});

describe("what-if values", () => {
	it("parses id:value pairs with a decimal point", () => {
		expect(parseWhatIf("service:4.1,attityder-skola:3.85")).toEqual({
			service: 4.1,
			"attityder-skola": 3.85,
		});
	});
	it("skips pairs it cannot read", () => {
		expect(
			parseWhatIf("service:4,1,Bad:3,x:y,kommunalskatt:-0.5,a:1:2,:3"),
		).toEqual({ service: 4, kommunalskatt: -0.5 });
		expect(parseWhatIf(null)).toEqual({});
	});
	it("serialises sorted, trimmed, and null when empty", () => {
		expect(serialiseWhatIf({ service: 4.1, attityder: 3.8 })).toBe(
			"attityder:3.8,service:4.1",
		);
		expect(serialiseWhatIf({ service: 4.123456 })).toBe("service:4.1235");
		expect(serialiseWhatIf({})).toBeNull();
	});
	it("round-trips any choice of factor values", () => {
		fc.assert(
			fc.property(
				fc.dictionary(
					fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
					fc.double({ min: -1000, max: 1000, noNaN: true }),
					{ maxKeys: 17 },
				),
				(changes) => {
					const text = serialiseWhatIf(changes);
					const back = parseWhatIf(text);
					expect(Object.keys(back).sort()).toEqual(Object.keys(changes).sort());
					for (const [id, v] of Object.entries(changes))
						expect(back[id]).toBeCloseTo(v, 3);
				},
			),
		);
	});
	it("writes numbers without exponent or trailing zeros", () => {
		expect(trimNumber(4)).toBe("4");
		expect(trimNumber(3.1)).toBe("3.1");
		expect(trimNumber(0.00001)).toBe("0");
	});
});

describe("peer codes", () => {
	it("keeps valid unique codes, at most 30", () => {
		expect(parseCodes("1402,1401,x,1402, 0114")).toEqual([
			"1402",
			"1401",
			"0114",
		]);
		const many = Array.from({ length: 40 }, (_, i) => String(1000 + i));
		expect(parseCodes(many.join(","))).toHaveLength(30);
		expect(serialiseCodes([])).toBeNull();
		expect(serialiseCodes(["1402", "1401"])).toBe("1402,1401");
	});
});

describe("table toggles and sort", () => {
	it("toggles ids in a comma list", () => {
		expect(toggleId(null, "rank-trend")).toBe("rank-trend");
		expect(toggleId("rank-trend", "factor-gap")).toBe("factor-gap,rank-trend");
		expect(toggleId("factor-gap,rank-trend", "rank-trend")).toBe("factor-gap");
		expect(toggleId("factor-gap", "factor-gap")).toBeNull();
		expect([...parseIdSet("a,B,c")]).toEqual(["a", "c"]);
	});
	it("parses and writes a sort", () => {
		expect(parseSort("rank:asc")).toEqual({ key: "rank", direction: "asc" });
		expect(parseSort("f:service:desc")).toEqual({
			key: "f:service",
			direction: "desc",
		});
		expect(parseSort("rank:up")).toBeNull();
		expect(serialiseSort({ key: "nki", direction: "desc" })).toBe("nki:desc");
		expect(serialiseSort(null)).toBeNull();
	});
});

describe("patchSearch and pageHref", () => {
	it("sets, replaces and deletes parameters, keeping commas readable", () => {
		expect(
			patchSearch("?kommun=1402&ar=2023", { ar: "2022", om: "a:1,b:2" }),
		).toBe("?kommun=1402&ar=2022&om=a:1,b:2");
		expect(patchSearch("?kommun=1402", { kommun: null })).toBe("");
	});
	it("carries only the global choices to another page", () => {
		expect(
			pageHref("/faktorer", "?kommun=0184&ar=2022&om=service:4&lang=en"),
		).toBe("/faktorer?kommun=0184&ar=2022&lang=en");
		expect(pageHref("/om", "")).toBe("/om");
		expect(pageHref("/jamfor", "?kommun=0184&grupp=GR&fran=1998")).toBe(
			"/jamfor?kommun=0184&fran=1998",
		);
	});
});
