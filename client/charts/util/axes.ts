import { MUNICIPALITY_COUNT, TOP_RANK } from "../../../domain/ids.ts";
import { type NiceAxis, niceAxis, ticksBetween } from "./niceTicks.ts";

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

/** Place 1, then every 10 (or 50 far down the list): 1, 10, 20 … rather than 1, 11, 21. */
export function rankAxisTicks([first, last]: [number, number]): number[] {
	const step = last > 100 ? 50 : 10;
	return [first, ...ticksBetween(step, last, step)];
}

/** Ticks every ten on an NKI axis. */
export function nkiTicks([low, high]: [number, number]): number[] {
	return ticksBetween(low, high, 10);
}

/** NKI along an axis sized to the values (a scatter of peers): round steps within 0–100. */
export function nkiValueAxis(values: readonly number[]): NiceAxis {
	const known = values.filter(Number.isFinite);
	if (known.length === 0) return niceAxis(50, 90);
	return niceAxis(Math.min(...known) - 2, Math.max(...known) + 2, {
		maxTicks: 8,
		within: [0, 100],
	});
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
