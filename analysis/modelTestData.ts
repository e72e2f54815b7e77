import fc from "fast-check";
import type { FactorDef, MunicipalityYear } from "../domain/figures.ts";

/** Test data shared by the model tests; not used by production code. */
export function factor(
	id: string,
	weight: number,
	higherIsBetter: boolean,
	scale: [number, number] | null = null,
): FactorDef {
	return {
		id,
		label: id.toUpperCase(),
		kind: "survey",
		weight,
		higherIsBetter,
		scaleMin: scale?.[0] ?? null,
		scaleMax: scale?.[1] ?? null,
	};
}

export function row(
	code: string,
	rank: number | null,
	factorScores: Record<string, number | null>,
): MunicipalityYear {
	return {
		code,
		name: `Kommun ${code}`,
		rank,
		provenance: "synthetic",
		factorScores,
	};
}

/**
 * A: weight 2, higher is better, 1..3 → mean 2, sd √(2/3), z −√1.5, 0, √1.5.
 * B: weight 1, lower is better, 10, 20, missing → mean 15, sd 5, z 1, −1, 0.
 * Totals (2·zA + zB)/3: m1 (1 − 2√1.5)/3 ≈ −0.483, m2 −1/3, m3 2√1.5/3 ≈ 0.816.
 */
export const smallFactors = [
	factor("a", 2, true, [1, 6]),
	factor("b", 1, false, [0, 100]),
];
export const smallRows = [
	row("m1", 2, { a: 1, b: 10 }),
	row("m2", 3, { a: 2, b: 20 }),
	row("m3", 1, { a: 3, b: null }),
];

const factorsArbitrary = fc
	.uniqueArray(fc.constantFrom("a", "b", "c", "d"), {
		minLength: 1,
		maxLength: 4,
	})
	.chain((ids) =>
		fc.tuple(
			...ids.map((id) =>
				fc
					.record({
						weight: fc.integer({ min: 1, max: 6 }),
						higherIsBetter: fc.boolean(),
					})
					.map(({ weight, higherIsBetter }) =>
						factor(id, weight, higherIsBetter),
					),
			),
		),
	);

/** One year: 1–4 factors and 2–25 municipalities with scores 1–6 (ties likely) or missing. */
export const yearArbitrary = factorsArbitrary.chain((factors) =>
	fc
		.array(
			fc.tuple(
				...factors.map(() =>
					fc.option(fc.integer({ min: 1, max: 6 }), { freq: 6 }),
				),
			),
			{ minLength: 2, maxLength: 25 },
		)
		.map((scoreRows) => ({
			factors,
			rows: scoreRows.map((scores, i) =>
				row(
					`k${i}`,
					i + 1,
					Object.fromEntries(factors.map((f, j) => [f.id, scores[j] ?? null])),
				),
			),
		})),
);
