import { describe, expect, it } from "vitest";
import {
	chartSize,
	focusProps,
	horizontalBarsProps,
	nkiAxisProps,
	nkiTooltipFormatter,
	PLAIN_TICK,
	rankAxisProps,
	yearAxisProps,
	yearTickInterval,
} from "./chartProps.ts";

describe("yearTickInterval", () => {
	it.each([
		{ years: 15, narrow: false, interval: 0 },
		{ years: 25, narrow: false, interval: 0 },
		{ years: 26, narrow: false, interval: "preserveStartEnd" },
		{ years: 12, narrow: true, interval: "preserveStartEnd" },
	])(
		"labels every year of the default history and thins a longer one or on a phone: $years years, narrow $narrow",
		({ years, narrow, interval }) => {
			expect(yearTickInterval(years, narrow)).toBe(interval);
		},
	);
});

describe("yearAxisProps", () => {
	it("ticks every year and leaves half a year at each end", () => {
		expect(yearAxisProps([2019, 2020, 2021])).toMatchObject({
			dataKey: "year",
			type: "number",
			domain: [2018.5, 2021.5],
			ticks: [2019, 2020, 2021],
			tick: PLAIN_TICK,
		});
	});

	it("writes the years without digit grouping", () => {
		expect(yearAxisProps([2014]).tickFormatter(2014)).toBe("2014");
	});

	it("falls back to year 0 without rows", () => {
		expect(yearAxisProps([]).domain).toEqual([-0.5, 0.5]);
		expect(yearAxisProps([]).ticks).toEqual([]);
	});
});

describe("rankAxisProps", () => {
	it("reverses the axis so rank 1 is at the top, ticks every 10", () => {
		expect(rankAxisProps([1, 50])).toEqual({
			reversed: true,
			domain: [1, 50],
			ticks: [1, 10, 20, 30, 40, 50],
			interval: 0,
			width: 44,
			tick: PLAIN_TICK,
		});
	});
});

describe("nkiAxisProps", () => {
	it("ticks every round 10 inside the domain and clips overflow", () => {
		expect(nkiAxisProps([55, 85])).toEqual({
			domain: [55, 85],
			ticks: [60, 70, 80],
			interval: 0,
			allowDataOverflow: true,
			width: 40,
			tick: PLAIN_TICK,
		});
	});
});

describe("nkiTooltipFormatter", () => {
	it("names Riket in the page language and everything else NKI", () => {
		expect(nkiTooltipFormatter("sv")(72.46, "riket")).toEqual([
			"72,5",
			"Riket",
		]);
		expect(nkiTooltipFormatter("en")(72.46, "riket")).toEqual([
			"72.5",
			"National",
		]);
		expect(nkiTooltipFormatter("en")(70, "value")).toEqual(["70.0", "NKI"]);
	});
});

describe("chartSize", () => {
	it("fixes the height only with a fixed width", () => {
		expect(chartSize(600, 320)).toEqual({ width: 600, height: 320 });
		expect(chartSize(undefined, 320)).toEqual({
			width: undefined,
			height: undefined,
		});
	});
});

describe("focusProps", () => {
	it("marks a focusable, labelled mark, in the tab order unless told", () => {
		expect(focusProps("2024: 12:e")).toEqual({
			"data-focus-dot": "",
			tabIndex: 0,
			"aria-label": "2024: 12:e",
		});
		expect(focusProps("x", -1).tabIndex).toBe(-1);
	});
});

describe("horizontalBarsProps", () => {
	it("lays the bars out horizontally with the shared margin", () => {
		expect(horizontalBarsProps(800, 400)).toEqual({
			layout: "vertical",
			width: 800,
			height: 400,
			margin: { top: 8, right: 24, bottom: 8, left: 8 },
		});
		expect(horizontalBarsProps(undefined, 400).height).toBeUndefined();
	});
});
