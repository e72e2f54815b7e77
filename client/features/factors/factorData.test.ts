import { describe, expect, it } from "vitest";
import type { FactorGap } from "../../../analysis/gapToTop10.ts";
import {
	attributionRows,
	clampToSlider,
	digitsOf,
	effectiveChanges,
	factorDigits,
	neededOnSlider,
	niceStep,
	scoreAxisDomain,
	shareRows,
	sliderSpec,
	symmetricTicks,
	validChanges,
} from "./factorData.ts";

describe("niceStep and digitsOf", () => {
	it.each([
		[0.013, 0.02],
		[0.3, 0.5],
		[7, 10],
		[1, 1],
		[0, 1],
	])("rounds %d up to %d, 1, 2 or 5 times a power of ten", (raw, step) => {
		expect(niceStep(raw)).toBe(step);
	});
	it.each([
		[0.01, 2],
		[0.5, 1],
		[2, 0],
		[10, 0],
	])("gives a step of %d its %d decimals", (step, digits) => {
		expect(digitsOf(step)).toBe(digits);
	});
});

describe("sliderSpec", () => {
	it("uses the survey scale 1–6 in steps of 0.01", () => {
		expect(sliderSpec({ scaleMin: 1, scaleMax: 6 }, undefined)).toEqual({
			min: 1,
			max: 6,
			step: 0.01,
			digits: 2,
		});
	});
	it("builds a range around the values when the factor has no scale", () => {
		const spec = sliderSpec(
			{ scaleMin: null, scaleMax: null },
			{ ours: 32.1, numberTen: 30.5, top10Mean: 31 },
		);
		expect(spec.min).toBeLessThan(30.5);
		expect(spec.max).toBeGreaterThan(32.1);
		expect(spec.step).toBe(0.05);
		expect(spec.digits).toBe(2);
	});
	it("covers a value to be reached, such as the best of the year", () => {
		const spec = sliderSpec(
			{ scaleMin: null, scaleMax: null },
			{ ours: 22.5, numberTen: 21.9, top10Mean: 21.5 },
			[14.2],
		);
		expect(spec.min).toBeLessThanOrEqual(14.2);
	});
	it("falls back to 0–100 without any value", () => {
		expect(sliderSpec({ scaleMin: null, scaleMax: null }, undefined).max).toBe(
			100,
		);
	});
});

describe("neededOnSlider", () => {
	const survey = { min: 1, max: 6, step: 0.01, digits: 2 };
	it("rounds a needed value so that it does not fall short", () => {
		expect(neededOnSlider(4.46977, survey, true)).toBe(4.47);
		expect(neededOnSlider(4.46001, survey, true)).toBe(4.47);
		expect(neededOnSlider(4.46999, survey, false)).toBe(4.46);
		expect(neededOnSlider(4.47, survey, true)).toBe(4.47);
	});
	it("is null outside the slider", () => {
		expect(neededOnSlider(6.2, survey, true)).toBeNull();
		expect(neededOnSlider(0.5, survey, false)).toBeNull();
	});
});

describe("clampToSlider, validChanges and effectiveChanges", () => {
	const survey = { min: 1, max: 6, step: 0.01, digits: 2 };
	const specs = new Map([["service", survey]]);
	it("clamps to the scale and rounds to the step", () => {
		expect(clampToSlider(7, survey)).toBe(6);
		expect(clampToSlider(3.14449, survey)).toBe(3.14);
	});
	it("drops factors the year does not have", () => {
		expect(validChanges({ service: 9, okand: 3 }, specs)).toEqual({
			service: 6,
		});
	});
	it("drops values equal to the current score", () => {
		expect(
			effectiveChanges({ service: 3.5 }, new Map([["service", 3.5]]), specs),
		).toEqual({});
		expect(
			effectiveChanges({ service: 3.6 }, new Map([["service", 3.5]]), specs),
		).toEqual({ service: 3.6 });
	});
});

const factor = (
	factorId: string,
	share: number | null,
	contribution: number,
): FactorGap => ({
	factorId,
	label: factorId,
	kind: "survey",
	weight: 0.1,
	higherIsBetter: true,
	ours: 3,
	oursProvenance: "synthetic",
	numberTen: 4,
	numberTenProvenance: "synthetic",
	top10Mean: 4,
	top10Provenances: ["synthetic"],
	gapToNumberTen: 1,
	gapToNumberTenProvenance: "synthetic",
	gapToTop10Mean: 1,
	gapToTop10MeanProvenance: "synthetic",
	contribution,
	share,
});

describe("shareRows", () => {
	it("orders by share of the gap, treating null as 0", () => {
		expect(
			shareRows([
				factor("a", 0.1, 0.01),
				factor("b", null, -0.02),
				factor("c", 0.6, 0.06),
			]).map((r) => [r.factorId, r.share]),
		).toEqual([
			["c", 0.6],
			["a", 0.1],
			["b", 0],
		]);
	});
});

describe("scoreAxisDomain", () => {
	it("runs from 1 to half a point past the highest score, within 6", () => {
		const row = (ours: number | null) => ({
			ours,
			numberTen: 3.9,
			top10Mean: null,
		});
		expect(scoreAxisDomain([row(3.4), row(4.05)])).toEqual([1, 5]);
		expect(scoreAxisDomain([row(5.9)])).toEqual([1, 6]);
	});
});

describe("attributionRows", () => {
	it("keeps factors that moved the total, largest effect first", () => {
		const row = (factorId: string, contribution: number) => ({
			factorId,
			label: factorId,
			scoreFrom: 1,
			scoreTo: 2,
			meanFrom: 1,
			meanTo: 1,
			contribution,
		});
		expect(
			attributionRows([row("a", 0.01), row("b", -0.05), row("c", 0)]).map(
				(r) => r.factorId,
			),
		).toEqual(["b", "a"]);
	});
});

describe("symmetricTicks", () => {
	it("frames the largest effect with round ticks around 0", () => {
		expect(symmetricTicks(0.22)).toEqual({
			domain: [-0.3, 0.3],
			ticks: [-0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3],
		});
		expect(symmetricTicks(0.05)).toEqual({
			domain: [-0.06, 0.06],
			ticks: [-0.06, -0.04, -0.02, 0, 0.02, 0.04, 0.06],
		});
	});
});

describe("factorDigits", () => {
	it("gives survey scores two decimals and statistics what their size needs", () => {
		expect(factorDigits("survey", 3.9)).toBe(2);
		expect(factorDigits("statistic", 32.5)).toBe(1);
		expect(factorDigits("statistic", 150)).toBe(0);
		expect(factorDigits("statistic", 0.4)).toBe(2);
	});
});
