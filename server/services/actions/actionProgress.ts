import { findDefinitionBreaks } from "../../../analysis/definitionBreaks.ts";
import {
	crossesBreak,
	type FigurePoint,
	figureMovement,
} from "../../../analysis/figureMovement.ts";
import { listInsiktSeries } from "../../../db/queries/insikt/listInsiktSeries.ts";
import { listInsiktDefinitions } from "../../../db/queries/insikt/listInsiktValues.ts";
import {
	type FactorLabelRow,
	listFactorLabels,
} from "../../../db/queries/ranking/listFactorIds.ts";
import { listFactorSeries } from "../../../db/queries/ranking/listFactorSeries.ts";
import type { ActionRecord } from "../../../domain/actions.ts";
import { yearOf } from "../../../domain/calendarDate.ts";
import { TOTAL_FACTOR_ID } from "../../../domain/ids.ts";
import {
	type InsiktArea,
	overallMeasureOf,
	TOTAL_INSIKT_AREA,
} from "../../../domain/insikt.ts";
import type { Provenance } from "../../../domain/provenance.ts";
import type {
	ActionProgress,
	FigureMovement,
	ProgressReport,
} from "../../schemas/actions.ts";
import type { Municipality } from "../../schemas/municipalities.ts";
import type { ServiceContext } from "../context.ts";

type Series = Map<string, FigurePoint[]>;

/** The years up to `asOf` (all when null): a report for a year shows no later figure. */
function knownBy(asOf: number | null, years: readonly number[]): number[] {
	return asOf === null ? [...years] : years.filter((year) => year <= asOf);
}

function push(series: Series, key: string, point: FigurePoint): void {
	const points = series.get(key) ?? [];
	points.push(point);
	series.set(key, points);
}

/** Every stored rank and score of the municipality for the factors the actions aim at. */
function factorSeries(
	context: ServiceContext,
	code: string,
	factorIds: string[],
	asOf: number | null,
): Series {
	const { analysis } = context;
	const years = knownBy(asOf, [
		...new Set([...analysis.rankingYears(), ...analysis.scoreYears()]),
	]);
	const series: Series = new Map();
	for (const row of listFactorSeries(context.db, code, factorIds, years)) {
		if (row.rank !== null)
			push(series, `${row.factorId}/rank`, {
				year: row.year,
				value: row.rank,
				provenance: row.provenance,
			});
		if (row.score !== null && row.factorId !== TOTAL_FACTOR_ID)
			push(series, `${row.factorId}/score`, {
				year: row.year,
				value: row.score,
				provenance: row.provenance,
			});
	}
	return series;
}

/** NKI (NUI for upphandling) of the areas the actions aim at, keyed by area. */
function insiktSeries(
	context: ServiceContext,
	code: string,
	areas: string[],
	asOf: number | null,
): Series {
	const series: Series = new Map();
	const rows = listInsiktSeries(
		context.db,
		code,
		areas,
		["nki", "nui"],
		knownBy(asOf, context.analysis.insiktYears()),
	);
	for (const row of rows)
		if (
			row.value !== null &&
			row.measure === overallMeasureOf(row.area as InsiktArea)
		)
			push(series, row.area, {
				year: row.year,
				value: row.value,
				provenance: row.provenance,
			});
	return series;
}

function figure(
	base: Pick<
		FigureMovement,
		"target" | "id" | "label" | "measure" | "higherIsBetter"
	>,
	points: readonly FigurePoint[],
	startYear: number | null,
	breakYears: readonly number[] = [],
): FigureMovement {
	const movement = figureMovement(points, startYear, base.higherIsBetter);
	return {
		...base,
		...movement,
		definitionBreak: crossesBreak(movement, breakYears),
	};
}

/**
 * The total is followed by its rank; a factor by its score and, where ranks are stored, its
 * rank; a factor with neither still gets its (empty) score figure, so the page can say so.
 */
function factorFigures(
	id: string,
	label: FactorLabelRow | undefined,
	series: Series,
	startYear: number | null,
): FigureMovement[] {
	const shared = { target: "factor" as const, id, label: label?.label ?? null };
	const rank = series.get(`${id}/rank`) ?? [];
	const score = series.get(`${id}/score`) ?? [];
	const rankFigure = figure(
		{ ...shared, measure: "rank", higherIsBetter: false },
		rank,
		startYear,
	);
	if (id === TOTAL_FACTOR_ID) return [rankFigure];
	const scoreFigure = figure(
		{
			...shared,
			measure: "score",
			higherIsBetter: label?.higherIsBetter ?? true,
		},
		score,
		startYear,
	);
	return rank.length === 0 ? [scoreFigure] : [scoreFigure, rankFigure];
}

/**
 * For each action, how the figures it aims at moved for the municipality since the action
 * started: per SN factor its score and (where stored) its rank, the total as its rank, per
 * Insikt area its NKI (NUI for upphandling), each end with its provenance. With `asOf`, only
 * figures of that year and earlier count (the status report for a year).
 */
export function buildProgressReport(
	context: ServiceContext,
	municipality: Municipality,
	actions: readonly ActionRecord[],
	asOf: number | null = null,
): ProgressReport {
	const factorIds = [...new Set(actions.flatMap((a) => a.factorIds))];
	const areas = [...new Set(actions.flatMap((a) => a.insiktAreas))];
	const factors = factorSeries(context, municipality.code, factorIds, asOf);
	const insikt = insiktSeries(context, municipality.code, areas, asOf);
	const labels = new Map(listFactorLabels(context.db).map((f) => [f.id, f]));
	const breakYears = areas.includes(TOTAL_INSIKT_AREA)
		? findDefinitionBreaks(
				listInsiktDefinitions(context.db, context.analysis.insiktYears()),
			).map((b) => b.year)
		: [];
	const progress = actions.map((action): ActionProgress => {
		const startYear = action.start === null ? null : yearOf(action.start);
		const figures = [
			...action.factorIds.flatMap((id) =>
				factorFigures(id, labels.get(id), factors, startYear),
			),
			...action.insiktAreas.map((area) =>
				figure(
					{
						target: "insikt",
						id: area,
						label: null,
						measure:
							overallMeasureOf(area as InsiktArea) === "nui" ? "nui" : "nki",
						higherIsBetter: true,
					},
					insikt.get(area) ?? [],
					startYear,
					area === TOTAL_INSIKT_AREA ? breakYears : [],
				),
			),
		];
		return { actionId: action.id, startYear, figures };
	});
	return {
		municipality,
		actions: progress,
		provenances: provenancesOf(progress),
	};
}

function provenancesOf(progress: readonly ActionProgress[]): Provenance[] {
	const all = new Set<Provenance>();
	for (const action of progress)
		for (const f of action.figures)
			for (const point of [f.baseline, f.latest])
				if (point) all.add(point.provenance);
	return [...all].sort();
}
