/** The number of ticks an axis shows at most, unless asked otherwise: enough to read, few enough to fit. */
const MAX_TICKS = 6;

/** 1, 2 or 5 times a power of ten, at least `raw`. */
export function niceStep(raw: number): number {
	if (!(raw > 0) || !Number.isFinite(raw)) return 1;
	const power = 10 ** Math.floor(Math.log10(raw));
	const unit = raw / power;
	return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

/** The decimals a step needs: 0.05 → 2, 0.5 → 1, 2 → 0. */
export function stepDigits(step: number): number {
	return Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
}

/** `value` to `digits` decimals, without float noise or a minus zero. */
const round = (value: number, digits: number) =>
	Number(value.toFixed(digits)) || 0;

/** Every multiple of `step` from `first` to `last`, written exactly (0.1 + 0.2 is 0.3 here). */
export function ticksBetween(
	first: number,
	last: number,
	step: number,
): number[] {
	const digits = stepDigits(step);
	const start = Math.ceil(first / step - 1e-9);
	const end = Math.floor(last / step + 1e-9);
	const ticks: number[] = [];
	for (let i = start; i <= end; i++) ticks.push(round(i * step, digits));
	return ticks;
}

export interface NiceAxis {
	/** From the first tick to the last (or to the scale's end where the scale stops the axis first). */
	domain: [number, number];
	ticks: number[];
	/** The decimals every tick needs, for the tick labels. */
	digits: number;
}

export interface NiceAxisOptions {
	maxTicks?: number;
	/** A scale the axis never goes past, e.g. the survey's 1–6. */
	within?: readonly [number, number];
}

/**
 * Round, evenly spaced ticks covering `low`–`high`: steps of 1, 2 or 5 times a power of ten and
 * the axis widened to whole steps, so no tick sits at an odd end (1 / 3 / 5 / 5,5).
 */
export function niceAxis(
	low: number,
	high: number,
	{ maxTicks = MAX_TICKS, within }: NiceAxisOptions = {},
): NiceAxis {
	const [min, max] = within ?? [
		Number.NEGATIVE_INFINITY,
		Number.POSITIVE_INFINITY,
	];
	const [from, to] = orderedSpan(Math.max(low, min), Math.min(high, max));
	let step = niceStep((to - from) / Math.max(1, maxTicks - 1));
	while (tickCount(from, to, step) > maxTicks) step = niceStep(step * 1.5);
	const first = Math.max(Math.floor(from / step + 1e-9) * step, min);
	const last = Math.min(Math.ceil(to / step - 1e-9) * step, max);
	const digits = stepDigits(step);
	return {
		domain: [round(first, digits), round(last, digits)],
		ticks: ticksBetween(first, last, step),
		digits,
	};
}

/** A symmetric axis around 0 with round ticks: extent 0.22 → −0.3 to 0.3 in steps of 0.1. */
export function symmetricAxis(extent: number, maxTicks = 7): NiceAxis {
	const size = Math.abs(extent) > 0 ? Math.abs(extent) : 1;
	const half = niceAxis(0, size, { maxTicks: Math.ceil(maxTicks / 2) });
	const edge = half.domain[1];
	return {
		domain: [-edge, edge],
		ticks: ticksBetween(-edge, edge, half.ticks[1] ?? edge),
		digits: half.digits,
	};
}

/** A missing, empty or upside-down span becomes one unit up from `low`, so an axis can still be drawn. */
function orderedSpan(low: number, high: number): [number, number] {
	if (!Number.isFinite(low)) return [0, 1];
	return Number.isFinite(high) && high > low ? [low, high] : [low, low + 1];
}

function tickCount(from: number, to: number, step: number): number {
	return Math.ceil(to / step - 1e-9) - Math.floor(from / step + 1e-9) + 1;
}
