import type { Provenance } from "../../../domain/provenance.ts";
import type { RankingYear } from "../../../server/schemas/ranking.ts";

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

/**
 * Rank axis from 1 (top, the chart is inverted) to a round number below the worst rank, always
 * showing the top-10 line with some room.
 */
export function rankAxisDomain(
	points: readonly { rank: number | null }[],
	extra: readonly number[] = [],
): [number, number] {
	const worst = Math.max(20, ...points.map((p) => p.rank ?? 0), ...extra);
	const step = worst > 100 ? 50 : 10;
	return [1, Math.min(290, Math.ceil((worst + 1) / step) * step)];
}

export function rankAxisTicks([first, last]: [number, number]): number[] {
	const step = last > 100 ? 50 : 10;
	const ticks = [first];
	for (let tick = step; tick <= last; tick += step) ticks.push(tick);
	return ticks;
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
	/** The dashed projection from the latest rank to the target year. */
	projection: number | null;
	/** The projection band [best, worst], widening from the latest rank. */
	band: [number, number] | null;
}

/**
 * One row per year from the first rank to the later of the last rank and the target year, so the
 * target year has a place on the axis even before it has a rank. The projection runs from the
 * latest rank to the projected one, interpolated year by year.
 */
export function buildRankTrendRows(
	years: readonly RankingYear[],
	projection: RankProjectionInput | null,
	targetYear: number | null,
): RankTrendRow[] {
	const points = toRankChartPoints([...years]);
	const first = points[0];
	const latest = points.at(-1);
	if (!first || !latest) return [];
	const drawProjection =
		projection !== null &&
		projection.year > latest.year &&
		latest.rank !== null;
	const lastYear = Math.max(
		latest.year,
		targetYear ?? latest.year,
		drawProjection ? projection.year : latest.year,
	);
	const byYear = new Map(points.map((p) => [p.year, p]));
	const rows: RankTrendRow[] = [];
	for (let year = first.year; year <= lastYear; year++) {
		const point = byYear.get(year);
		rows.push({
			year,
			rank: point?.rank ?? null,
			provenance: point?.provenance ?? null,
			projection: null,
			band: null,
		});
	}
	if (drawProjection && latest.rank !== null) {
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
