import { createElement } from "react";
import { formatNumber, formatYear, type Lang } from "../i18n/format.ts";
import { AxisTick } from "./AxisTick.tsx";
import { CHART_MESSAGES } from "./messages.ts";
import { nkiTicks, rankAxisTicks } from "./util/axes.ts";

/** The muted 12 px text of every chart axis: its ticks and its label. */
export const AXIS_TICK = { fill: "var(--muted)", fontSize: 12 };

/** The tick every numeric axis draws: AXIS_TICK text without Recharts' measuring (AxisTick). */
export const PLAIN_TICK = createElement(AxisTick, AXIS_TICK);

const NO_LINES = (): number[] => [];

/**
 * Grid lines along one axis only. Recharts works out the lines of the other direction even when
 * it draws none, measuring that axis's labels in the DOM to do so; an empty generator skips that.
 */
export const ROW_GRID = {
	stroke: "var(--grid)",
	vertical: false,
	verticalCoordinatesGenerator: NO_LINES,
};

/** Grid lines across the x-axis only (horizontal bar charts); see ROW_GRID. */
export const COLUMN_GRID = {
	stroke: "var(--grid)",
	horizontal: false,
	horizontalCoordinatesGenerator: NO_LINES,
};

/** The box around Recharts' default tooltip. */
export const TOOLTIP_STYLE = {
	background: "var(--surface)",
	border: "1px solid var(--grid)",
};

/** The most year labels a full-width chart shows side by side (the default 15-year history fits). */
export const MAX_YEAR_LABELS = 25;

/** Label every year while they fit; a longer history ("Visa alla år") or a phone lets Recharts thin them. */
export function yearTickInterval(
	years: number,
	narrow = false,
): 0 | "preserveStartEnd" {
	return narrow || years > MAX_YEAR_LABELS ? "preserveStartEnd" : 0;
}

/** Props for a numeric year x-axis: a tick per year, written as years are (never "2 014"), and half a year of room at each end. */
export function yearAxisProps(years: readonly number[]) {
	const first = years[0] ?? 0;
	const last = years.at(-1) ?? 0;
	return {
		dataKey: "year",
		type: "number" as const,
		domain: [first - 0.5, last + 0.5] as [number, number],
		ticks: [...years],
		tickFormatter: formatYear,
		tick: PLAIN_TICK,
	};
}

/**
 * A y-axis shows every tick it is given: they are spaced to fit (a 14 px label every ten ranks or
 * NKI points), and Recharts would otherwise measure each label in the DOM to find overlaps.
 */
const EVERY_TICK = { interval: 0 } as const;

/** Props for a rank y-axis: 1 at the top. */
export function rankAxisProps(domain: [number, number]) {
	return {
		reversed: true,
		domain,
		ticks: rankAxisTicks(domain),
		...EVERY_TICK,
		width: 44,
		tick: PLAIN_TICK,
	};
}

/** Props for an NKI (0–100) y-axis clipped to its domain. */
export function nkiAxisProps(domain: [number, number]) {
	return {
		domain,
		ticks: nkiTicks(domain),
		...EVERY_TICK,
		allowDataOverflow: true,
		width: 40,
		tick: PLAIN_TICK,
	};
}

/** The tooltip line of an NKI chart: the value with one decimal, named NKI or Riket. */
export function nkiTooltipFormatter(
	lang: Lang,
): (value: unknown, key: unknown) => [string, string] {
	return (value, key) => [
		formatNumber(Number(value), 1, lang),
		key === "riket" ? CHART_MESSAGES[lang].national : "NKI",
	];
}

/** A chart's own size: fixed when a width is given (print, PNG), otherwise left to its container. */
export function chartSize(width: number | undefined, height: number) {
	return { width, height: width === undefined ? undefined : height };
}

/** A line drawn once, without animation or hover dot, across missing years. */
export const STATIC_LINE = {
	activeDot: false,
	isAnimationActive: false,
	connectNulls: true,
} as const;

/** What makes a chart mark reachable by keyboard and named for screen readers. */
export function focusProps(label: string, tabIndex = 0) {
	return { "data-focus-dot": "", tabIndex, "aria-label": label };
}

/** Props for a horizontal (factor) bar chart: bars along x, one row of labels per factor. */
export function horizontalBarsProps(width: number | undefined, height: number) {
	return {
		layout: "vertical" as const,
		...chartSize(width, height),
		margin: { top: 8, right: 24, bottom: 8, left: 8 },
	};
}

/** A reference line's label, written in the line's own colour. */
export function lineLabel(
	value: string,
	position: "top" | "insideBottom" | "insideTopRight" | "insideBottomLeft",
	color: string,
	fontSize = 11,
) {
	return { value, position, fill: color, fontSize };
}
