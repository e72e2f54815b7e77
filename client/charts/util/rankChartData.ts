import type { Provenance } from "../../../db/schema.ts";
import type { RankingYear } from "../../../server/schemas/ranking.ts";

export interface RankChartPoint {
	year: number;
	rank: number | null;
	provenance: Provenance;
}

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
export function rankAxisDomain(points: RankChartPoint[]): [number, number] {
	const worst = Math.max(20, ...points.map((p) => p.rank ?? 0));
	const step = worst > 100 ? 50 : 10;
	return [1, Math.min(290, Math.ceil((worst + 1) / step) * step)];
}

export function rankAxisTicks([first, last]: [number, number]): number[] {
	const step = last > 100 ? 50 : 10;
	const ticks = [first];
	for (let tick = step; tick <= last; tick += step) ticks.push(tick);
	return ticks;
}
