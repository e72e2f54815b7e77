import type { LegendItem } from "../../charts/legend.ts";
import { CHART_MESSAGES } from "../../charts/messages.ts";
import type { Lang } from "../../i18n/format.ts";
import { OVERVIEW_MESSAGES } from "./messages.ts";
import type { RankTrendLegendFlags } from "./rankTrendData.ts";

/** The legend entries for the rank chart, matching what is drawn. */
export function rankTrendLegend(
	lang: Lang,
	drawn: RankTrendLegendFlags,
	asOf: number,
): LegendItem[] {
	const m = OVERVIEW_MESSAGES[lang].trend;
	const c = CHART_MESSAGES[lang];
	const items: LegendItem[] = [
		{
			label: drawn.imported ? c.publishedOrImported : c.published,
			color: "var(--chart-line)",
			shape: "dot",
		},
	];
	if (drawn.synthetic)
		items.push({
			label: c.synthetic,
			color: "var(--chart-line)",
			shape: "hollow",
		});
	items.push({ label: c.top10, color: "var(--target)", shape: "dashed" });
	if (drawn.projection)
		items.push({
			label: m.legendProjection,
			color: "var(--projection)",
			shape: "band",
		});
	if (drawn.target)
		items.push({
			label: m.legendTargetYear,
			color: "var(--target)",
			shape: "line",
		});
	if (drawn.after)
		items.push({
			label: m.legendAfterYear(asOf),
			color: "var(--grid)",
			shape: "band",
		});
	if (drawn.methodChange)
		items.push({
			label: m.legendMethodChange,
			color: "var(--muted)",
			shape: "dashed",
		});
	return items;
}
