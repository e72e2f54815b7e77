import { MUNICIPALITY_COUNT, TOP_RANK } from "../../domain/ids.ts";

/**
 * Rank axis from 1 (top, the chart is inverted) to a round number below the worst rank, always
 * showing the top-10 line with some room; never past the last of the municipalities.
 */
export function rankAxisDomain(
	points: readonly { rank: number | null }[],
	extra: readonly number[] = [],
): [number, number] {
	const worst = Math.max(
		2 * TOP_RANK,
		...points.map((p) => p.rank ?? 0),
		...extra,
	);
	const step = worst > 100 ? 50 : 10;
	return [
		1,
		Math.min(MUNICIPALITY_COUNT, Math.ceil((worst + 1) / step) * step),
	];
}

export function rankAxisTicks([first, last]: [number, number]): number[] {
	const step = last > 100 ? 50 : 10;
	const ticks = [first];
	for (let tick = step; tick <= last; tick += step) ticks.push(tick);
	return ticks;
}

/** Ticks every ten on an NKI axis. */
export function nkiTicks([low, high]: [number, number]): number[] {
	const ticks: number[] = [];
	for (let v = Math.ceil(low / 10) * 10; v <= high; v += 10) ticks.push(v);
	return ticks;
}

/** The y-axis range for NKI charts: whole tens around the values, never narrower than 50–90. */
export function nkiAxisDomain(
	values: readonly (number | null)[],
): [number, number] {
	const known = values.filter(
		(v): v is number => v !== null && Number.isFinite(v),
	);
	const low = Math.min(50, ...known);
	const high = Math.max(90, ...known);
	return [
		Math.max(0, Math.floor(low / 10) * 10),
		Math.min(100, Math.ceil(high / 10) * 10),
	];
}
