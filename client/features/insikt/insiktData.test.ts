import { describe, expect, it } from "vitest";
import type { InsiktValue } from "../../../domain/figures.ts";
import {
	GRADE_BAND_AREAS,
	gradeBandColor,
	heatColor,
	heatmapRows,
	nkiColumns,
	nkiTrendRows,
} from "./insiktData.ts";

describe("grade band areas", () => {
	it("cover 0–100 without gaps or overlaps, with SKR's edges at .5", () => {
		const sorted = [...GRADE_BAND_AREAS].sort((a, b) => a.from - b.from);
		expect(sorted[0]?.from).toBe(0);
		expect(sorted.at(-1)?.to).toBe(100);
		for (let i = 1; i < sorted.length; i++)
			expect(sorted[i]?.from).toBe(sorted[i - 1]?.to);
		expect(GRADE_BAND_AREAS.map((b) => [b.id, b.from])).toEqual([
			["mycket-hogt", 79.5],
			["hogt", 69.5],
			["godkant", 61.5],
			["lagt", 49.5],
			["mycket-lagt", 0],
		]);
	});
	it("each have their own colour, the fifth band too", () => {
		const colours = GRADE_BAND_AREAS.map((b) => gradeBandColor(b.id));
		expect(new Set(colours).size).toBe(GRADE_BAND_AREAS.length);
		expect(gradeBandColor("godkant")).toBe("var(--band-pass)");
		expect(gradeBandColor("mycket-lagt")).toBe("var(--band-very-low)");
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
