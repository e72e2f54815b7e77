import { describe, expect, it } from "vitest";
import {
	niceAxis,
	niceStep,
	stepDigits,
	symmetricAxis,
	ticksBetween,
} from "./niceTicks.ts";

describe("niceStep and stepDigits", () => {
	it("rounds up to 1, 2 or 5 times a power of ten", () => {
		expect(niceStep(0.013)).toBe(0.02);
		expect(niceStep(0.3)).toBe(0.5);
		expect(niceStep(7)).toBe(10);
		expect(niceStep(1)).toBe(1);
		expect(niceStep(0)).toBe(1);
		expect(niceStep(Number.NaN)).toBe(1);
	});
	it("gives the decimals a step needs", () => {
		expect(stepDigits(0.01)).toBe(2);
		expect(stepDigits(0.05)).toBe(2);
		expect(stepDigits(0.5)).toBe(1);
		expect(stepDigits(2)).toBe(0);
		expect(stepDigits(10)).toBe(0);
	});
});

describe("ticksBetween", () => {
	it("lists the multiples of the step inside the range, without float noise", () => {
		expect(ticksBetween(0, 0.3, 0.1)).toEqual([0, 0.1, 0.2, 0.3]);
		expect(ticksBetween(45, 90, 10)).toEqual([50, 60, 70, 80, 90]);
		expect(ticksBetween(-0.2, 0.2, 0.1)).toEqual([-0.2, -0.1, 0, 0.1, 0.2]);
	});
	it("never writes minus zero", () => {
		expect(Object.is(ticksBetween(-0.1, 0.1, 0.1)[1], 0)).toBe(true);
	});
});

describe("niceAxis", () => {
	it("puts the survey scale on whole points, never at an odd end such as 5,5", () => {
		expect(niceAxis(1, 4.8, { within: [1, 6] })).toEqual({
			domain: [1, 5],
			ticks: [1, 2, 3, 4, 5],
			digits: 0,
		});
		expect(niceAxis(1, 5.2, { within: [1, 6] }).ticks).toEqual([
			1, 2, 3, 4, 5, 6,
		]);
	});
	it("stays within the scale it is given", () => {
		expect(niceAxis(1, 6.4, { within: [1, 6] }).domain).toEqual([1, 6]);
	});
	it("uses half steps for a narrow span, with the decimal they need", () => {
		expect(niceAxis(3.1, 4.2)).toEqual({
			domain: [3, 4.5],
			ticks: [3, 3.5, 4, 4.5],
			digits: 1,
		});
	});
	it("widens the step until the ticks fit", () => {
		const axis = niceAxis(-0.03, 0.45, { maxTicks: 6 });
		expect(axis.ticks.length).toBeLessThanOrEqual(6);
		expect(axis.domain[0]).toBeLessThanOrEqual(-0.03);
		expect(axis.domain[1]).toBeGreaterThanOrEqual(0.45);
	});
	it("always spaces ticks evenly and starts and ends on one", () => {
		for (const [low, high] of [
			[0, 0.17],
			[55.3, 83.9],
			[1, 3.95],
			[-12, 40],
			[0.001, 0.0042],
		] as const) {
			const { domain, ticks } = niceAxis(low, high);
			expect(domain).toEqual([ticks[0], ticks.at(-1)]);
			const steps = ticks.slice(1).map((t, i) => t - (ticks[i] ?? 0));
			for (const step of steps) expect(step).toBeCloseTo(steps[0] ?? 0, 9);
		}
	});
	it("draws an axis even without a span", () => {
		expect(niceAxis(5, 5).domain).toEqual([5, 6]);
		expect(niceAxis(Number.NaN, 3).domain).toEqual([0, 1]);
		expect(niceAxis(1, 0, { within: [1, 6] }).domain).toEqual([1, 2]);
	});
});

describe("symmetricAxis", () => {
	it("frames the largest effect with round ticks around 0", () => {
		expect(symmetricAxis(0.22)).toEqual({
			domain: [-0.3, 0.3],
			ticks: [-0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3],
			digits: 1,
		});
		expect(symmetricAxis(0.05)).toEqual({
			domain: [-0.06, 0.06],
			ticks: [-0.06, -0.04, -0.02, 0, 0.02, 0.04, 0.06],
			digits: 2,
		});
	});
});
