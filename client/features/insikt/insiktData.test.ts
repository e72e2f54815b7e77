import { describe, expect, it } from "vitest";
import { gradeBand } from "../../../analysis/insikt.ts";
import type { InsiktValue } from "../../../domain/figures.ts";
import {
	areaLabel,
	areaShortLabel,
	GRADE_BANDS,
	gradeBandColor,
	gradeBandOf,
	heatColor,
	heatmapRows,
	nkiAxisDomain,
	nkiColumns,
	nkiTicks,
	nkiTrendRows,
	pickInsiktYear,
} from "./insiktData.ts";

describe("grade bands", () => {
	it("agree with the server's grading for every NKI from 0 to 100", () => {
		for (let tenth = 0; tenth <= 1000; tenth++) {
			const nki = tenth / 10;
			expect(gradeBandOf(nki).id).toBe(gradeBand(nki).id);
		}
	});
	it("put the edges where SKR's rounding does", () => {
		expect(gradeBandOf(79.4).id).toBe("hogt");
		expect(gradeBandOf(79.5).id).toBe("mycket-hogt");
		expect(gradeBandOf(61.5).id).toBe("godkant");
		expect(gradeBandOf(61.49).id).toBe("lagt");
	});
	it("cover 0–100 without gaps or overlaps", () => {
		const sorted = [...GRADE_BANDS].sort((a, b) => a.from - b.from);
		expect(sorted[0]?.from).toBe(0);
		expect(sorted.at(-1)?.to).toBe(100);
		for (let i = 1; i < sorted.length; i++)
			expect(sorted[i]?.from).toBe(sorted[i - 1]?.to);
	});
	it("each have their own colour", () => {
		const colours = GRADE_BANDS.map((b) => gradeBandColor(b.id));
		expect(new Set(colours).size).toBe(GRADE_BANDS.length);
		expect(gradeBandColor("godkant")).toBe("var(--band-pass)");
	});
});

describe("areaLabel", () => {
	it("names known areas and tidies unknown ones", () => {
		expect(areaLabel("miljo-halsoskydd")).toBe("Miljö- och hälsoskydd");
		expect(areaLabel("bygglov", "en")).toBe("Building permits");
		expect(areaLabel("ny-omrade")).toBe("Ny omrade");
	});
});

describe("nkiAxisDomain", () => {
	it("rounds to tens around the values, at least 50–90", () => {
		expect(nkiAxisDomain([66, 75])).toEqual([50, 90]);
		expect(nkiAxisDomain([44.2, 93, null])).toEqual([40, 100]);
		expect(nkiAxisDomain([])).toEqual([50, 90]);
	});
});

const v = (
	area: string,
	measure: string,
	value: number | null,
	year = 2023,
	municipalityCode = "1402",
): InsiktValue => ({
	year,
	municipalityCode,
	area,
	measure,
	value,
	responses: 20,
	provenance: "synthetic",
});

describe("heatmapRows", () => {
	it("gives areas × the six service factors, NKI totalt first, missing as null", () => {
		const rows = heatmapRows(
			[
				v("bygglov", "information", 60),
				v("totalt", "information", 70),
				v("totalt", "bemotande", 80),
				v("totalt", "nki", 72),
				v("bygglov", "information", 99, 2022),
				v("bygglov", "information", 10, 2023, "0000"),
				v("servering", "nki", 70),
			],
			"1402",
			2023,
		);
		expect(rows.map((r) => r.area)).toEqual(["totalt", "bygglov"]);
		expect(rows[0]?.cells.map((c) => c.value)).toEqual([
			70,
			null,
			80,
			null,
			null,
			null,
		]);
		expect(rows[1]?.cells[0]?.value).toBe(60);
	});
});

describe("heatColor", () => {
	it("darkens with the value and switches text colour for contrast", () => {
		const low = heatColor(45);
		const high = heatColor(95);
		expect(low.background).toBe("hsl(212 70% 92%)");
		expect(high.background).toBe("hsl(212 70% 32%)");
		expect(low.text).toBe("#10253f");
		expect(high.text).toBe("#ffffff");
		expect(heatColor(null).background).toBe("transparent");
		expect(heatColor(200).background).toBe(high.background);
	});
});

describe("nkiTrendRows", () => {
	it("sorts by year and keeps Riket", () => {
		expect(
			nkiTrendRows([
				{ year: 2022, value: 75, provenance: "published", riket: 74.6 },
				{ year: 2017, value: 66, provenance: "published", riket: null },
			]),
		).toEqual([
			{ year: 2017, value: 66, riket: null, provenance: "published" },
			{ year: 2022, value: 75, riket: 74.6, provenance: "published" },
		]);
	});
});

describe("pickInsiktYear", () => {
	it("takes the latest Insikt year up to the ranking year", () => {
		expect(pickInsiktYear([2016, 2022, 2024], 2023)).toBe(2022);
		expect(pickInsiktYear([2016, 2022, 2024], 2024)).toBe(2024);
		expect(pickInsiktYear([2016, 2022, 2024], null)).toBe(2024);
	});
	it("falls back to the latest when all are later, and null without any", () => {
		expect(pickInsiktYear([2022, 2024], 2010)).toBe(2024);
		expect(pickInsiktYear([], 2023)).toBeNull();
	});
});

describe("areaShortLabel and nkiTicks", () => {
	it("shortens long area names for the axis", () => {
		expect(areaShortLabel("servering")).toBe("Servering");
		expect(areaShortLabel("totalt")).toBe("NKI totalt");
		expect(areaShortLabel("nytt")).toBe("Nytt");
	});
	it("ticks every ten", () => {
		expect(nkiTicks([50, 100])).toEqual([50, 60, 70, 80, 90, 100]);
		expect(nkiTicks([45, 90])).toEqual([50, 60, 70, 80, 90]);
	});
});

describe("nkiColumns", () => {
	it("names NKI, Riket (one decimal) and the provenance in the page language", () => {
		expect(nkiColumns("sv")).toEqual({
			value: { key: "value", label: "NKI" },
			riket: { key: "riket", label: "Riket", digits: 1 },
			provenance: { key: "provenance", label: "Ursprung" },
		});
		expect(nkiColumns("en").riket.label).toBe("National");
		expect(nkiColumns("en").provenance.label).toBe("Provenance");
	});
});
