import type { FactorDef } from "../domain/figures.ts";
import { combineProvenances, type Provenance } from "../domain/provenance.ts";
import {
	factorContributions,
	type Model,
	modelInputProvenance,
} from "./model.ts";
import type { YearModel } from "./yearModel.ts";

export interface Change {
	from: number | null;
	to: number | null;
	/** For ranks: from − to, positive = climbed. For scores: to − from. */
	change: number | null;
}

export interface FactorAttribution {
	factorId: string;
	label: string;
	scoreFrom: number | null;
	scoreTo: number | null;
	/** The year's mean over all municipalities: a rise here explains a z that fell while our score rose. */
	meanFrom: number | null;
	meanTo: number | null;
	/** Change of weight share × z; the contributions sum to the change of the modelled total. */
	contribution: number;
}

export interface RankChangeAttribution {
	code: string;
	fromYear: number;
	toYear: number;
	publishedRank: Change;
	modelledRank: Change;
	modelledScore: Change;
	/** Sorted by absolute contribution, largest first. */
	factors: FactorAttribution[];
	/** Of the published ranks compared. */
	publishedRankProvenance: Provenance;
	/** Of the modelled ranks, scores and contributions: both years' factor values. */
	provenance: Provenance;
}

/**
 * Splits the change of one municipality's modelled total between two years into factor parts,
 * each year standardised within itself. Null when the municipality is missing from either year.
 */
export function attributeRankChange(
	{ results: previous, model: modelBefore }: YearModel,
	{ results: current, model: modelAfter }: YearModel,
	code: string,
): RankChangeAttribution | null {
	const before = previous.rows.find((r) => r.code === code);
	const after = current.rows.find((r) => r.code === code);
	if (!before || !after) return null;
	const partsBefore = factorContributions(modelBefore, before.factorScores);
	const partsAfter = factorContributions(modelAfter, after.factorScores);
	const factors = unionOfFactors(previous.factors, current.factors).map(
		({ id, label }): FactorAttribution => ({
			factorId: id,
			label,
			scoreFrom: before.factorScores[id] ?? null,
			scoreTo: after.factorScores[id] ?? null,
			meanFrom: meanOf(modelBefore, id),
			meanTo: meanOf(modelAfter, id),
			contribution: (partsAfter[id] ?? 0) - (partsBefore[id] ?? 0),
		}),
	);
	return {
		code,
		fromYear: previous.year,
		toYear: current.year,
		publishedRank: rankChange(before.rank, after.rank),
		modelledRank: rankChange(
			modelBefore.ranks[code] ?? null,
			modelAfter.ranks[code] ?? null,
		),
		modelledScore: scoreChange(
			modelBefore.scores[code] ?? null,
			modelAfter.scores[code] ?? null,
		),
		factors: factors.sort(
			(a, b) => Math.abs(b.contribution) - Math.abs(a.contribution),
		),
		publishedRankProvenance: combineProvenances([
			before.provenance,
			after.provenance,
		]),
		provenance: combineProvenances([
			modelInputProvenance(previous.rows),
			modelInputProvenance(current.rows),
		]),
	};
}

/** The later year's definitions win, so a renamed label shows as it is now. */
function unionOfFactors(
	previous: readonly FactorDef[],
	current: readonly FactorDef[],
): FactorDef[] {
	const byId = new Map<string, FactorDef>();
	for (const f of [...previous, ...current]) byId.set(f.id, f);
	return [...byId.values()];
}

function meanOf(model: Model, factorId: string): number | null {
	return (
		model.standardisation.find((s) => s.factorId === factorId)?.mean ?? null
	);
}

function rankChange(from: number | null, to: number | null): Change {
	return { from, to, change: from === null || to === null ? null : from - to };
}

function scoreChange(from: number | null, to: number | null): Change {
	return { from, to, change: from === null || to === null ? null : to - from };
}
