import { describe, expect, it } from "vitest";
import { crossesBreak, figureMovement } from "./figureMovement.ts";

const nki = [
	{ year: 2021, value: 66, provenance: "published" as const },
	{ year: 2023, value: 68, provenance: "published" as const },
	{ year: 2024, value: 71, provenance: "imported" as const },
	{ year: 2025, value: 74, provenance: "synthetic" as const },
];

describe("figureMovement", () => {
	it("measures from the last figure before the start year to the newest", () => {
		expect(figureMovement(nki, 2024, true)).toEqual({
			baseline: nki[1],
			latest: nki[3],
			change: 6,
			direction: "better",
		});
	});

	it("calls a falling rank number better (lower is better)", () => {
		const ranks = [
			{ year: 2022, value: 41, provenance: "published" as const },
			{ year: 2023, value: 32, provenance: "published" as const },
		];
		expect(figureMovement(ranks, 2023, false)).toMatchObject({
			change: -9,
			direction: "better",
		});
	});

	it("has no baseline without a start, or without a figure before it", () => {
		expect(figureMovement(nki, null, true)).toEqual({
			baseline: null,
			latest: nki[3],
			change: null,
			direction: null,
		});
		expect(figureMovement(nki, 2020, true).baseline).toBeNull();
	});

	it("has no latest figure when nothing is newer than the baseline", () => {
		expect(figureMovement(nki, 2030, true)).toMatchObject({
			baseline: nki[3],
			latest: null,
			change: null,
		});
	});

	it("rounds away floating-point noise and says unchanged for no change", () => {
		const scores = [
			{ year: 2022, value: 3.8, provenance: "published" as const },
			{ year: 2024, value: 3.9, provenance: "published" as const },
		];
		expect(figureMovement(scores, 2023, true).change).toBe(0.1);
		const flat = [
			{ year: 2022, value: 3.8, provenance: "published" as const },
			{ year: 2024, value: 3.8, provenance: "published" as const },
		];
		expect(figureMovement(flat, 2023, true).direction).toBe("unchanged");
	});

	it("marks a definition break between the two years", () => {
		const movement = figureMovement(nki, 2024, true);
		expect(crossesBreak(movement, [2024])).toBe(true);
		expect(crossesBreak(movement, [2023])).toBe(false);
		expect(crossesBreak(figureMovement(nki, null, true), [2024])).toBe(false);
	});
});
