import type { LegendItem } from "../../charts/legend.ts";
import { CHART_MESSAGES } from "../../charts/messages.ts";
import type { Lang } from "../../i18n/format.ts";
import { gradeWithRange } from "../../i18n/terms.ts";
import { GRADE_BAND_AREAS } from "./insiktData.ts";
import { INSIKT_MESSAGES } from "./messages.ts";

/** The five grade bands with their ranges, as legend entries. */
export function gradeBandLegend(lang: Lang): LegendItem[] {
	return GRADE_BAND_AREAS.map((b) => ({
		label: gradeWithRange(b.id, lang),
		color: b.color,
		shape: "band" as const,
	}));
}

/** The NKI bars: ours, Riket, and the grade bands behind. */
export function insiktAreasLegend(
	name: string,
	lang: Lang,
	synthetic: boolean,
): LegendItem[] {
	return [
		{
			label: `${name} (NKI)`,
			color: "var(--chart-line)",
			shape: synthetic ? "hollow" : "square",
		},
		{
			label: CHART_MESSAGES[lang].national,
			color: "var(--text)",
			shape: "dot",
		},
		...gradeBandLegend(lang),
	];
}

/** The NKI line: ours, example data, Riket, definition breaks and the grade bands. */
export function nkiTrendLegend(
	name: string,
	lang: Lang,
	synthetic: boolean,
	hasBreak: boolean,
): LegendItem[] {
	const m = INSIKT_MESSAGES[lang].trend;
	const c = CHART_MESSAGES[lang];
	const items: LegendItem[] = [
		{
			label: m.legendOwn(name),
			color: "var(--chart-line)",
			shape: "dot",
		},
	];
	if (synthetic)
		items.push({
			label: c.synthetic,
			color: "var(--chart-line)",
			shape: "hollow",
		});
	items.push({
		label: c.national,
		color: "var(--muted)",
		shape: "dashed",
	});
	if (hasBreak)
		items.push({
			label: m.legendBreak,
			color: "var(--target)",
			shape: "line",
		});
	return [...items, ...gradeBandLegend(lang)];
}
