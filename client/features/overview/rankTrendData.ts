import type { Provenance } from "../../../domain/provenance.ts";
import type { Ranking, RankingYear } from "../../../server/schemas/ranking.ts";
import type { TableData } from "../../export/table.ts";
import type { Lang } from "../../i18n/format.ts";
import { provenanceLabel } from "../../i18n/terms.ts";
import { OVERVIEW_MESSAGES } from "./messages.ts";

export interface RankChartPoint {
	year: number;
	rank: number | null;
	provenance: Provenance;
}

/** The year SN's method changed from 18 to 17 factors. */
export const METHOD_CHANGE_YEAR = 2020;

/** Years with a rank, in order; survey-only years (score, no rank) are left out of the rank chart. */
export function toRankChartPoints(years: RankingYear[]): RankChartPoint[] {
	return years
		.filter((y) => y.rank !== null)
		.sort((a, b) => a.year - b.year)
		.map((y) => ({ year: y.year, rank: y.rank, provenance: y.provenance }));
}

export interface RankProjectionInput {
	year: number;
	rank: number;
	low: number | null;
	high: number | null;
}

export interface RankTrendRow {
	year: number;
	/** The rank of the year, if any; the dot shows its provenance. */
	rank: number | null;
	provenance: Provenance | null;
	/** A year after the one the page is about: drawn, but not part of the trend. */
	after: boolean;
	/** The dashed projection from the latest rank to the target year. */
	projection: number | null;
	/** The projection band [best, worst], widening from the latest rank. */
	band: [number, number] | null;
}

/**
 * One row per year from the first rank to the later of the last rank and the target year, so the
 * target year has a place on the axis even before it has a rank. The projection runs from the
 * latest rank up to `asOf` (the year the page is about) to the projected one, interpolated year
 * by year; ranks after `asOf` are drawn too, marked as later.
 */
export function buildRankTrendRows(
	years: readonly RankingYear[],
	projection: RankProjectionInput | null,
	targetYear: number | null,
	asOf: number | null = null,
): RankTrendRow[] {
	const points = toRankChartPoints([...years]);
	const first = points[0];
	const last = points.at(-1);
	const latest =
		asOf === null ? last : points.filter((p) => p.year <= asOf).at(-1);
	if (!first || !last) return [];
	const drawProjection =
		projection !== null &&
		latest !== undefined &&
		projection.year > latest.year &&
		latest.rank !== null;
	const lastYear = Math.max(
		last.year,
		targetYear ?? last.year,
		drawProjection ? projection.year : last.year,
	);
	const byYear = new Map(points.map((p) => [p.year, p]));
	const rows: RankTrendRow[] = [];
	for (let year = first.year; year <= lastYear; year++) {
		const point = byYear.get(year);
		rows.push({
			year,
			rank: point?.rank ?? null,
			provenance: point?.provenance ?? null,
			after: asOf !== null && year > asOf,
			projection: null,
			band: null,
		});
	}
	if (drawProjection && latest !== undefined && latest.rank !== null) {
		const span = projection.year - latest.year;
		const low = projection.low ?? projection.rank;
		const high = projection.high ?? projection.rank;
		for (const row of rows) {
			if (row.year < latest.year || row.year > projection.year) continue;
			const f = (row.year - latest.year) / span;
			const at = (to: number) =>
				Math.round((latest.rank ?? to) + f * (to - (latest.rank ?? to)));
			row.projection = at(projection.rank);
			row.band = [at(low), at(high)];
		}
	}
	return rows;
}

/** Where to draw the method-change line: between 2019 and 2020, if the chart spans both. */
export function methodChangeX(
	rows: readonly { year: number }[],
): number | null {
	const first = rows[0]?.year;
	const last = rows.at(-1)?.year;
	if (first === undefined || last === undefined) return null;
	return first < METHOD_CHANGE_YEAR && last >= METHOD_CHANGE_YEAR
		? METHOD_CHANGE_YEAR - 0.5
		: null;
}

/** What the rank chart draws, so its legend lists exactly that. */
export interface RankTrendLegendFlags {
	synthetic: boolean;
	imported: boolean;
	projection: boolean;
	methodChange: boolean;
	target: boolean;
	/** Ranks after the page's year are drawn (lighter). */
	after: boolean;
}

export function rankTrendLegendFlags(
	rows: readonly RankTrendRow[],
): RankTrendLegendFlags {
	return {
		synthetic: rows.some((r) => r.provenance === "synthetic"),
		imported: rows.some((r) => r.provenance === "imported"),
		projection: rows.some((r) => r.projection !== null),
		methodChange: methodChangeX(rows) !== null,
		target: true,
		after: rows.some((r) => r.after && r.rank !== null),
	};
}

/**
 * The rank chart's table and CSV: every year of the answer, each figure with its own origin (a
 * published rank can sit beside a synthetic score) and source, and the years after the page's
 * year marked.
 */
export function rankTable(ranking: Ranking, lang: Lang): TableData {
	const m = OVERVIEW_MESSAGES[lang].table;
	const trendYears = new Map(ranking.trend.years.map((y) => [y.year, y]));
	const origin = (p: Provenance | null | undefined) =>
		p ? provenanceLabel(p, lang) : null;
	const hasLater = ranking.years.some((y) => y.year > ranking.asOf);
	return {
		columns: [
			{ key: "year", label: m.year, kind: "year" },
			{ key: "rank", label: m.rank },
			{ key: "rankProvenance", label: m.rankProvenance },
			{ key: "change", label: m.change, kind: "rankChange" },
			{ key: "changeProvenance", label: m.changeProvenance },
			{ key: "score", label: m.score, digits: 2 },
			{ key: "scoreProvenance", label: m.scoreProvenance },
			{ key: "rankSource", label: m.rankSource },
			{ key: "scoreSource", label: m.scoreSource },
			...(hasLater ? [{ key: "after", label: m.afterYear(ranking.asOf) }] : []),
		],
		rows: ranking.years.map((y) => {
			const trend = trendYears.get(y.year);
			const change = trend?.change ?? null;
			return {
				year: y.year,
				rank: y.rank,
				rankProvenance: y.rank === null ? null : origin(y.provenance),
				change,
				changeProvenance:
					change === null ? null : origin(trend?.changeProvenance),
				score: y.score,
				scoreProvenance: y.score === null ? null : origin(y.scoreProvenance),
				rankSource: y.rank === null ? null : y.rankSource,
				scoreSource: y.score === null ? null : y.scoreSource,
				after: y.year > ranking.asOf ? m.yes : null,
			};
		}),
	};
}
