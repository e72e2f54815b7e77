import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FactorDef, MunicipalityYear } from "../domain/figures.ts";
import { computeGap } from "./gapToTop10.ts";
import { factor, row } from "./modelTestData.ts";
import { buildYearModel } from "./yearModel.ts";

const omdome = {
	...factor("sammanfattande-omdome", 6, true, [1, 6]),
	label: "Sammanfattande omdöme",
};
const skatt = { ...factor("skatt", 1, false), kind: "statistic" as const };

/** m01..m15 ranked 1..15; omdöme 5 − 0.1·rank; skatt 22 everywhere except m13 (us) at 21. */
const rows = Array.from({ length: 15 }, (_, i) => {
	const rank = i + 1;
	const code = `m${String(rank).padStart(2, "0")}`;
	return row(code, rank, {
		"sammanfattande-omdome": Math.round((5 - 0.1 * rank) * 10) / 10,
		skatt: code === "m13" ? 21 : 22,
	});
}).reverse();

function gapOf(
	year: number,
	yearRows: readonly MunicipalityYear[],
	code: string,
	factors: readonly FactorDef[],
) {
	return computeGap(buildYearModel({ year, rows: yearRows, factors }), code);
}

describe("computeGap", () => {
	const gap = gapOf(2023, rows, "m13", [skatt, omdome]);

	it("counts places to number 10 and lists the top 10 with their omdöme", () => {
		expect(gap?.rank).toBe(13);
		expect(gap?.placesToTop10).toBe(3);
		expect(gap?.top10.map((m) => m.rank)).toEqual([
			1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
		]);
		expect(gap?.numberTen).toEqual({
			code: "m10",
			name: "Kommun m10",
			rank: 10,
			score: 4,
			provenance: "synthetic",
			// Without a provenance of its own, a score is as its row: never published by default.
			scoreProvenance: "synthetic",
		});
		expect(gap?.rankProvenance).toBe("synthetic");
		expect(gap?.modelProvenance).toBe("synthetic");
	});

	it("reports each score's own provenance, which may differ from the rank's", () => {
		const withProvenance = rows.map((r) =>
			r.code === "m10"
				? {
						...r,
						provenance: "published" as const,
						factorProvenances: {
							"sammanfattande-omdome": "synthetic" as const,
						},
					}
				: r,
		);
		const result = gapOf(2023, withProvenance, "m13", [skatt, omdome]);
		expect(result?.numberTen).toMatchObject({
			provenance: "published",
			scoreProvenance: "synthetic",
		});
		expect(
			result?.factors.find((f) => f.factorId === "sammanfattande-omdome"),
		).toMatchObject({ numberTenProvenance: "synthetic" });
	});

	it("makes a gap synthetic when either side of it is, and published only when both are", () => {
		const published = rows.map((r) => ({
			...r,
			provenance: "published" as const,
			factorProvenances: {
				"sammanfattande-omdome": "published" as const,
				skatt: "published" as const,
			},
		}));
		const allPublished = gapOf(2023, published, "m13", [skatt, omdome]);
		const omdomeOf = (g: typeof allPublished) =>
			g?.factors.find((f) => f.factorId === "sammanfattande-omdome");
		expect(omdomeOf(allPublished)).toMatchObject({
			gapToNumberTenProvenance: "published",
			gapToTop10MeanProvenance: "published",
		});
		expect(allPublished?.modelProvenance).toBe("published");
		const oneTop = published.map((r) =>
			r.code === "m03"
				? {
						...r,
						factorProvenances: {
							...r.factorProvenances,
							"sammanfattande-omdome": "synthetic" as const,
						},
					}
				: r,
		);
		const mixed = gapOf(2023, oneTop, "m13", [skatt, omdome]);
		expect(omdomeOf(mixed)).toMatchObject({
			gapToNumberTenProvenance: "published",
			gapToTop10MeanProvenance: "synthetic",
		});
		expect(mixed?.modelProvenance).toBe("synthetic");
	});

	it("names the three above and the (two) below", () => {
		expect(gap?.neighbours.above.map((m) => m.code)).toEqual([
			"m10",
			"m11",
			"m12",
		]);
		expect(gap?.neighbours.below.map((m) => m.code)).toEqual(["m14", "m15"]);
	});

	it("signs gaps so that positive means behind", () => {
		const [first, second] = gap?.factors ?? [];
		expect(first?.factorId).toBe("sammanfattande-omdome");
		expect(first?.ours).toBe(3.7);
		expect(first?.gapToNumberTen).toBeCloseTo(0.3, 12);
		expect(first?.top10Mean).toBeCloseTo(4.45, 12);
		expect(first?.gapToTop10Mean).toBeCloseTo(0.75, 12);
		// Lower tax is better and we are one point below the top 10: ahead, so negative.
		expect(second?.gapToNumberTen).toBe(-1);
		expect(second?.gapToTop10Mean).toBe(-1);
	});

	it("attributes the modelled gap: weight share × z difference, shares of the positive sum", () => {
		const [first, second] = gap?.factors ?? [];
		const omdomeSd = 0.1 * Math.sqrt((15 ** 2 - 1) / 12);
		expect(first?.contribution).toBeCloseTo((6 / 7) * (0.75 / omdomeSd), 9);
		expect(first?.share).toBeCloseTo(1, 12);
		const skattSd = Math.sqrt(14) / 15;
		expect(second?.contribution).toBeCloseTo(-(1 / 7) / skattSd, 9);
		expect(second?.share).toBeCloseTo(
			(second?.contribution ?? 0) / (first?.contribution ?? 1),
			12,
		);
	});

	it("is zero places for a top-10 member and null for an unknown code", () => {
		expect(gapOf(2023, rows, "m04", [omdome])?.placesToTop10).toBe(0);
		expect(gapOf(2023, rows, "9999", [omdome])).toBeNull();
	});

	it("has no places or neighbours without a published rank", () => {
		const unranked = [...rows, row("x", null, { "sammanfattande-omdome": 4 })];
		const result = gapOf(2023, unranked, "x", [omdome]);
		expect(result?.placesToTop10).toBeNull();
		expect(result?.neighbours).toEqual({ above: [], below: [] });
		expect(result?.top10).toHaveLength(10);
	});

	it("has no number 10 when fewer than 10 are ranked", () => {
		const few = rows.slice(-5);
		expect(gapOf(2023, few, "m02", [omdome])?.numberTen).toBeNull();
	});

	it("never reports a negative number of places to the top 10", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 40 }).chain((n) =>
					fc.tuple(
						fc.shuffledSubarray(
							Array.from({ length: n }, (_, i) => i + 1),
							{ minLength: n },
						),
						fc.nat(n - 1),
					),
				),
				([ranks, pick]) => {
					const year = ranks.map((rank, i) =>
						row(`k${i}`, rank, { "sammanfattande-omdome": rank % 5 }),
					);
					const result = gapOf(2020, year, `k${pick}`, [omdome]);
					expect(result?.placesToTop10).toBe(
						Math.max(0, (ranks[pick] ?? 0) - 10),
					);
					expect(result?.placesToTop10).toBeGreaterThanOrEqual(0);
					expect(result?.top10.length).toBe(Math.min(10, ranks.length));
				},
			),
		);
	});
});
