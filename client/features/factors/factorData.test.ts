import { describe, expect, it } from "vitest";
import type { FactorGap } from "../../../analysis/gapToTop10.ts";
import {
	attributionRows,
	clampToSlider,
	effectiveChanges,
	factorDigits,
	neededOnSlider,
	scoreAxis,
	shareAxis,
	shareRows,
	sliderSpec,
	validChanges,
} from "./factorData.ts";

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

describe("scoreAxis", () => {
	const row = (ours: number | null) => ({
		ours,
		numberTen: 3.9,
		top10Mean: null,
	});
	it("runs from the scale's 1 to the next whole point past the highest bar, ticked every point", () => {
		expect(scoreAxis([row(3.4), row(4.05)])).toEqual({
			domain: [1, 5],
			ticks: [1, 2, 3, 4, 5],
			digits: 0,
		});
		expect(scoreAxis([row(5.9)]).ticks).toEqual([1, 2, 3, 4, 5, 6]);
	});
	it("never goes past the scale's 6", () => {
		expect(scoreAxis([row(6)]).domain).toEqual([1, 6]);
	});
});

describe("shareAxis", () => {
	it("starts at 0 % and ends on a round share past the largest", () => {
		expect(shareAxis([0.17, 0.08, 0.001])).toEqual({
			domain: [0, 0.2],
			ticks: [0, 0.05, 0.1, 0.15, 0.2],
			digits: 2,
		});
	});
	it("goes below 0 % only for a share that really pulls the other way", () => {
		expect(shareAxis([0.4, -0.004]).domain[0]).toBe(0);
		const axis = shareAxis([0.4, -0.06]);
		expect(axis.domain).toEqual([-0.1, 0.4]);
		expect(axis.ticks).toEqual([-0.1, 0, 0.1, 0.2, 0.3, 0.4]);
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

describe("factorDigits", () => {
	it("gives survey scores two decimals and statistics what their size needs", () => {
		expect(factorDigits("survey", 3.9)).toBe(2);
		expect(factorDigits("statistic", 32.5)).toBe(1);
		expect(factorDigits("statistic", 150)).toBe(0);
		expect(factorDigits("statistic", 0.4)).toBe(2);
	});
});
