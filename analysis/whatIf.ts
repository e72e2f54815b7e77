import type { MunicipalityYear } from "../domain/figures.ts";
import type { Provenance } from "../domain/provenance.ts";
import {
	factorContributions,
	type Model,
	modelInputProvenance,
	modelledRankWith,
	modelledScore,
} from "./model.ts";

export interface ModelledPosition {
	score: number;
	rank: number;
}

export interface WhatIfFactor {
	factorId: string;
	label: string;
	from: number | null;
	to: number | null;
	/** to − from; null when either is missing. */
	change: number | null;
	/** The factor's change of the modelled total. */
	modelledScoreChange: number;
}

export interface WhatIfResult {
	code: string;
	before: ModelledPosition;
	after: ModelledPosition;
	/** before.rank − after.rank: positive = climbed. */
	placesClimbed: number;
	factors: WhatIfFactor[];
	/** The modelled ranks rest on every municipality's factor values: synthetic if any is. */
	provenance: Provenance;
}

/**
 * Recomputes one municipality's modelled total and rank with some factor scores replaced,
 * keeping the year's means, sds and every other municipality fixed.
 * Null when the municipality is not among the rows.
 */
export function whatIf(
	model: Model,
	rows: readonly MunicipalityYear[],
	code: string,
	changes: Readonly<Record<string, number>>,
): WhatIfResult | null {
	const row = rows.find((r) => r.code === code);
	if (!row) return null;
	assertKnownFactors(model, changes);
	const changed = { ...row.factorScores, ...changes };
	const before = positionOf(model, code, row.factorScores);
	const after = positionOf(model, code, changed);
	const contributionsBefore = factorContributions(model, row.factorScores);
	const contributionsAfter = factorContributions(model, changed);
	return {
		code,
		before,
		after,
		placesClimbed: before.rank - after.rank,
		factors: model.weights.map(({ factorId, label }) => {
			const from = row.factorScores[factorId] ?? null;
			const to = changed[factorId] ?? null;
			return {
				factorId,
				label,
				from,
				to,
				change: from === null || to === null ? null : to - from,
				modelledScoreChange:
					(contributionsAfter[factorId] ?? 0) -
					(contributionsBefore[factorId] ?? 0),
			};
		}),
		provenance: modelInputProvenance(rows),
	};
}

function positionOf(
	model: Model,
	code: string,
	factorScores: Readonly<Record<string, number | null>>,
): ModelledPosition {
	const score = modelledScore(model, factorScores);
	return { score, rank: modelledRankWith(model, code, score) };
}

function assertKnownFactors(
	model: Model,
	changes: Readonly<Record<string, number>>,
): void {
	for (const [factorId, value] of Object.entries(changes)) {
		if (!model.weights.some((w) => w.factorId === factorId)) {
			throw new RangeError(`Okänd faktor för året: ${factorId}`);
		}
		if (!Number.isFinite(value)) {
			throw new RangeError(`Ogiltigt värde för ${factorId}: ${value}`);
		}
	}
}
