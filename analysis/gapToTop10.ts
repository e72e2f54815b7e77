import type { FactorDef, MunicipalityYear } from "../domain/figures.ts";
import { SURVEY_SCORE_FACTOR_ID, TOP_RANK } from "../domain/ids.ts";
import { combineProvenances, type Provenance } from "../domain/provenance.ts";
import {
	factorContributions,
	type Model,
	modelInputProvenance,
} from "./model.ts";
import type { YearModel } from "./yearModel.ts";

/** The factor whose score is shown beside each municipality. */
const SUMMARY_FACTOR_ID = SURVEY_SCORE_FACTOR_ID;
const TOP = TOP_RANK;
const NEIGHBOURS = 3;

export interface GapMunicipality {
	code: string;
	name: string;
	rank: number | null;
	/** Sammanfattande omdöme, when the year has that factor. */
	score: number | null;
	/** Provenance of the rank. */
	provenance: MunicipalityYear["provenance"];
	/** Provenance of the score, which may differ from the rank's. */
	scoreProvenance: MunicipalityYear["provenance"] | null;
}

export interface FactorGap {
	factorId: string;
	label: string;
	kind: FactorDef["kind"];
	weight: number;
	higherIsBetter: boolean;
	ours: number | null;
	oursProvenance: MunicipalityYear["provenance"] | null;
	numberTen: number | null;
	numberTenProvenance: MunicipalityYear["provenance"] | null;
	top10Mean: number | null;
	/** Every provenance among the ten values the mean is taken over. */
	top10Provenances: MunicipalityYear["provenance"][];
	/** Positive = we are behind, whichever direction is better for the factor. */
	gapToNumberTen: number | null;
	/** Synthetic when our value or number 10's is. */
	gapToNumberTenProvenance: Provenance | null;
	gapToTop10Mean: number | null;
	/** Synthetic when our value or any of the top 10's is. */
	gapToTop10MeanProvenance: Provenance | null;
	/** Weight share × (top-10 mean z − our z): this factor's part of the modelled gap. */
	contribution: number;
	/** contribution / sum of positive contributions; null when no factor holds us back. */
	share: number | null;
}

export interface GapToTop10 {
	year: number;
	code: string;
	name: string;
	rank: number | null;
	/** Of the rank, and so of placesToTop10. */
	rankProvenance: Provenance | null;
	placesToTop10: number | null;
	/** The rank the stated model gives, beside the published one; synthetic when any factor value is. */
	modelledRank: number | null;
	top10: GapMunicipality[];
	numberTen: GapMunicipality | null;
	/** Ordered by how much of the modelled gap they explain. */
	factors: FactorGap[];
	neighbours: { above: GapMunicipality[]; below: GapMunicipality[] };
	/** Of every modelled figure (contributions, shares): synthetic when any factor value of the year is. */
	modelProvenance: Provenance;
}

/** One year's gap between a municipality and the published top 10. Null if it has no row. */
export function computeGap(
	{ results, model }: YearModel,
	code: string,
): GapToTop10 | null {
	const { year, rows, factors } = results;
	const us = rows.find((r) => r.code === code);
	if (!us) return null;
	const ranked = byPublishedRank(rows);
	const top = ranked.slice(0, TOP);
	const numberTen = top.length === TOP ? top[TOP - 1] : undefined;
	const gaps = factors.map((f) => factorGap(f, us, top, numberTen, model));
	const positive = gaps.reduce(
		(sum, g) => sum + Math.max(0, g.contribution),
		0,
	);
	return {
		year,
		code,
		name: us.name,
		rank: us.rank,
		rankProvenance: us.rank === null ? null : us.provenance,
		placesToTop10: us.rank === null ? null : Math.max(0, us.rank - TOP),
		modelledRank: model.ranks[code] ?? null,
		top10: top.map(summarise),
		numberTen: numberTen ? summarise(numberTen) : null,
		factors: gaps
			.map((g) => ({
				...g,
				share: positive > 0 ? g.contribution / positive : null,
			}))
			.sort((a, b) => b.contribution - a.contribution),
		neighbours: neighboursOf(ranked, us),
		modelProvenance: modelInputProvenance(rows),
	};
}

function factorGap(
	factor: FactorDef,
	us: MunicipalityYear,
	top: readonly MunicipalityYear[],
	numberTen: MunicipalityYear | undefined,
	model: Model,
): Omit<FactorGap, "share"> {
	const ours = us.factorScores[factor.id] ?? null;
	const numberTenScore = numberTen?.factorScores[factor.id] ?? null;
	const top10Mean = meanOf(top.map((r) => r.factorScores[factor.id] ?? null));
	const behindBy = (reference: number | null) =>
		ours === null || reference === null
			? null
			: (factor.higherIsBetter ? 1 : -1) * (reference - ours);
	const contributionOf = (r: MunicipalityYear) =>
		factorContributions(model, r.factorScores)[factor.id] ?? 0;
	const topContribution = meanOf(top.map(contributionOf)) ?? 0;
	const oursProvenance = scoreProvenanceOf(us, factor.id);
	const numberTenProvenance = numberTen
		? scoreProvenanceOf(numberTen, factor.id)
		: null;
	const top10Provenances = provenancesOf(top, factor.id);
	const gapToNumberTen = behindBy(numberTenScore);
	const gapToTop10Mean = behindBy(top10Mean);
	return {
		factorId: factor.id,
		label: factor.label,
		kind: factor.kind,
		weight: factor.weight,
		higherIsBetter: factor.higherIsBetter,
		ours,
		oursProvenance,
		numberTen: numberTenScore,
		numberTenProvenance,
		top10Mean,
		top10Provenances,
		gapToNumberTen,
		gapToNumberTenProvenance:
			gapToNumberTen === null
				? null
				: combineProvenances([oursProvenance, numberTenProvenance]),
		gapToTop10Mean,
		gapToTop10MeanProvenance:
			gapToTop10Mean === null
				? null
				: combineProvenances([oursProvenance, ...top10Provenances]),
		contribution: top.length === 0 ? 0 : topContribution - contributionOf(us),
	};
}

/** Ranked rows, best first; equal ranks in Swedish alphabetical order. */
function byPublishedRank(
	rows: readonly MunicipalityYear[],
): MunicipalityYear[] {
	return rows
		.filter((r) => r.rank !== null)
		.sort(
			(a, b) =>
				(a.rank ?? 0) - (b.rank ?? 0) || a.name.localeCompare(b.name, "sv"),
		);
}

function neighboursOf(
	ranked: readonly MunicipalityYear[],
	us: MunicipalityYear,
): GapToTop10["neighbours"] {
	const position = ranked.indexOf(us);
	if (position < 0) return { above: [], below: [] };
	return {
		above: ranked
			.slice(Math.max(0, position - NEIGHBOURS), position)
			.map(summarise),
		below: ranked.slice(position + 1, position + 1 + NEIGHBOURS).map(summarise),
	};
}

function summarise(row: MunicipalityYear): GapMunicipality {
	return {
		code: row.code,
		name: row.name,
		rank: row.rank,
		score: row.factorScores[SUMMARY_FACTOR_ID] ?? null,
		provenance: row.provenance,
		scoreProvenance: scoreProvenanceOf(row, SUMMARY_FACTOR_ID),
	};
}

function scoreProvenanceOf(
	row: MunicipalityYear,
	factorId: string,
): MunicipalityYear["provenance"] | null {
	if (row.factorScores[factorId] == null) return null;
	return row.factorProvenances?.[factorId] ?? row.provenance;
}

function provenancesOf(
	rows: readonly MunicipalityYear[],
	factorId: string,
): MunicipalityYear["provenance"][] {
	const all = new Set(
		rows.map((r) => scoreProvenanceOf(r, factorId)).filter((p) => p !== null),
	);
	return [...all].sort();
}

function meanOf(values: readonly (number | null)[]): number | null {
	const present = values.filter((v): v is number => v !== null);
	return present.length === 0
		? null
		: present.reduce((sum, v) => sum + v, 0) / present.length;
}
