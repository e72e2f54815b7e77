import type { Lang } from "../i18n/format.ts";
import type { LegendItem } from "./legend.ts";
import { CHART_MESSAGES } from "./messages.ts";

/** Measures a text's width in pixels for the current font (canvas measureText in the browser). */
export type Measure = (text: string) => number;

export const PNG = {
	padding: 24,
	titleSize: 20,
	textSize: 13,
	lineGap: 6,
	legendSwatch: 18,
	legendGap: 18,
} as const;

/** Greedy word wrap; a single word longer than the width gets a line of its own. */
export function wrapText(
	text: string,
	maxWidth: number,
	measure: Measure,
): string[] {
	const words = text.split(/\s+/).filter((w) => w !== "");
	const lines: string[] = [];
	let line = "";
	for (const word of words) {
		const candidate = line === "" ? word : `${line} ${word}`;
		if (line !== "" && measure(candidate) > maxWidth) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line !== "") lines.push(line);
	return lines;
}

export interface FooterInput {
	source: string;
	date: Date;
	synthetic: boolean;
	lang: Lang;
}

/** The footer every exported image carries: source, date, and the synthetic warning if any. */
export function footerLines({
	source,
	date,
	synthetic,
	lang,
}: FooterInput): string[] {
	const m = CHART_MESSAGES[lang];
	const lines = [m.pngFooterSource(source), m.pngFooterRetrieved(date)];
	if (synthetic) lines.push(m.pngFooterSynthetic);
	return lines;
}

export interface LegendPlacement {
	item: LegendItem;
	x: number;
	row: number;
}

/** Places legend entries left to right, wrapping to new rows within the width. */
export function layoutLegend(
	items: readonly LegendItem[],
	maxWidth: number,
	measure: Measure,
): { placements: LegendPlacement[]; rows: number } {
	const placements: LegendPlacement[] = [];
	let x = 0;
	let row = 0;
	for (const item of items) {
		const width = PNG.legendSwatch + 6 + measure(item.label);
		if (x > 0 && x + width > maxWidth) {
			row += 1;
			x = 0;
		}
		placements.push({ item, x, row });
		x += width + PNG.legendGap;
	}
	return { placements, rows: items.length === 0 ? 0 : row + 1 };
}

export interface PngLayoutInput {
	chartWidth: number;
	chartHeight: number;
	title: string;
	subtitle: string | null;
	legend: readonly LegendItem[];
	footer: readonly string[];
}

export interface PngLayout {
	width: number;
	height: number;
	titleLines: { text: string; y: number }[];
	subtitleLines: { text: string; y: number }[];
	legend: { placements: LegendPlacement[]; y: number; rowHeight: number };
	chart: { x: number; y: number };
	footerLines: { text: string; y: number }[];
}

/** Where each part of the exported image goes: title, subtitle, legend, chart, footer. */
export function pngLayout(
	input: PngLayoutInput,
	measureTitle: Measure,
	measureText: Measure,
): PngLayout {
	const { padding, titleSize, textSize, lineGap } = PNG;
	const width = Math.max(input.chartWidth + 2 * padding, 480);
	const inner = width - 2 * padding;
	let y = padding;
	const titleLines = wrapText(input.title, inner, measureTitle).map((text) => {
		y += titleSize;
		const line = { text, y };
		y += lineGap;
		return line;
	});
	const subtitleLines = (
		input.subtitle ? wrapText(input.subtitle, inner, measureText) : []
	).map((text) => {
		y += textSize;
		const line = { text, y };
		y += lineGap;
		return line;
	});
	const rowHeight = textSize + 10;
	const legend = layoutLegend(input.legend, inner, measureText);
	const legendY = y + 6;
	y = legendY + legend.rows * rowHeight + 8;
	const chart = { x: padding, y };
	y += input.chartHeight + 12;
	const footer = input.footer.flatMap((line) =>
		wrapText(line, inner, measureText),
	);
	const footerPositions = footer.map((text) => {
		y += textSize;
		const line = { text, y };
		y += lineGap;
		return line;
	});
	return {
		width,
		height: Math.ceil(y + padding - lineGap),
		titleLines,
		subtitleLines,
		legend: { placements: legend.placements, y: legendY, rowHeight },
		chart,
		footerLines: footerPositions,
	};
}
