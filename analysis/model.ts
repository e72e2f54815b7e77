import type { FactorDef, MunicipalityYear } from "../domain/figures.ts";
import { combineProvenances, type Provenance } from "../domain/provenance.ts";
import { rankCompetition } from "./competitionRank.ts";

export interface ModelWeight {
	factorId: string;
	label: string;
	weight: number;
	higherIsBetter: boolean;
	scaleMin: number | null;
	scaleMax: number | null;
}

export interface FactorStandardisation {
	factorId: string;
	/** Over the municipalities with a value; null when none has one. */
	mean: number | null;
	/** Population sd; null when fewer than 2 values or no spread (the factor then counts as z = 0). */
	sd: number | null;
	n: number;
}

/** The modelled total of one year. Plain data, so it can be sent as JSON. */
export interface Model {
	/** Which model this is; the client explains it in words (the method is Topp10's own). */
	id: typeof MODEL_ID;
	weights: ModelWeight[];
	standardisation: FactorStandardisation[];
	/** Modelled total per municipality code; higher is better. */
	scores: Record<string, number>;
	/** Competition ranking of `scores`, 1 = best. */
	ranks: Record<string, number>;
}

/**
 * A weighted mean of standardised factor values (z, sign turned where lower is better, a missing
 * value counted as the mean) with the year's weights. Svenskt Näringsliv does not publish how it
 * combines the factors, so the model is Topp10's and its fit is reported beside every answer.
 */
export const MODEL_ID = "weighted-standardised-mean";

/** Builds the modelled total for one year's rows and that year's factor definitions. */
export function buildModel(
	rows: readonly MunicipalityYear[],
	factors: readonly FactorDef[],
): Model {
	const base: Model = {
		id: MODEL_ID,
		weights: factors.map((f) => ({
			factorId: f.id,
			label: f.label,
			weight: f.weight,
			higherIsBetter: f.higherIsBetter,
			scaleMin: f.scaleMin,
			scaleMax: f.scaleMax,
		})),
		standardisation: factors.map((f) => standardise(f.id, rows)),
		scores: {},
		ranks: {},
	};
	const scores = rows.map((row) => modelledScore(base, row.factorScores));
	const ranks = rankCompetition(scores, { descending: true });
	rows.forEach((row, i) => {
		base.scores[row.code] = scores[i] ?? 0;
		base.ranks[row.code] = ranks[i] ?? rows.length;
	});
	return base;
}

/**
 * Each factor's share of the modelled total: (weight / Σ weights) · z.
 * They sum to the total, so differences between them attribute a gap exactly.
 */
export function factorContributions(
	model: Model,
	factorScores: Readonly<Record<string, number | null>>,
): Record<string, number> {
	const totalWeight = model.weights.reduce((sum, w) => sum + w.weight, 0);
	const contributions: Record<string, number> = {};
	model.weights.forEach((w, i) => {
		const stats = model.standardisation[i];
		const z = stats
			? zScore(stats, w.higherIsBetter, factorScores[w.factorId])
			: 0;
		contributions[w.factorId] =
			totalWeight > 0 ? (w.weight / totalWeight) * z : 0;
	});
	return contributions;
}

export function modelledScore(
	model: Model,
	factorScores: Readonly<Record<string, number | null>>,
): number {
	return Object.values(factorContributions(model, factorScores)).reduce(
		(sum, c) => sum + c,
		0,
	);
}

/**
 * The provenance of every modelled figure of a year (totals, ranks, shares, what-if): each one
 * standardises against every municipality's factor values, so it is synthetic when any value is.
 */
export function modelInputProvenance(
	rows: readonly MunicipalityYear[],
): Provenance {
	const provenances: Provenance[] = [];
	for (const row of rows)
		for (const [factorId, value] of Object.entries(row.factorScores))
			if (value !== null)
				provenances.push(row.factorProvenances?.[factorId] ?? row.provenance);
	return combineProvenances(provenances);
}

/** The modelled rank `code` would have with `score`, everyone else unchanged. */
export function modelledRankWith(
	model: Model,
	code: string,
	score: number,
): number {
	const better = Object.entries(model.scores).filter(
		([other, otherScore]) => other !== code && otherScore > score,
	);
	return better.length + 1;
}

function zScore(
	{ mean, sd }: FactorStandardisation,
	higherIsBetter: boolean,
	score: number | null | undefined,
): number {
	if (score === null || score === undefined || mean === null || sd === null) {
		return 0;
	}
	return ((score - mean) / sd) * (higherIsBetter ? 1 : -1);
}

function standardise(
	factorId: string,
	rows: readonly MunicipalityYear[],
): FactorStandardisation {
	const values = rows
		.map((row) => row.factorScores[factorId])
		.filter(
			(v): v is number => v !== null && v !== undefined && Number.isFinite(v),
		);
	const n = values.length;
	if (n === 0) return { factorId, mean: null, sd: null, n };
	const mean = values.reduce((sum, v) => sum + v, 0) / n;
	const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / n;
	const sd = Math.sqrt(variance);
	return { factorId, mean, sd: n >= 2 && sd > 0 ? sd : null, n };
}
