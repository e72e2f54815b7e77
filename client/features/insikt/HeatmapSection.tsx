import type { InsiktSummary } from "../../../analysis/insikt.ts";
import type { InsiktReport } from "../../../server/schemas/insikt.ts";
import { ChartFrame } from "../../charts/ChartFrame.tsx";
import type { LegendItem } from "../../charts/legend.ts";
import { serviceFactorLabel } from "../../i18n/terms.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { EmptyState } from "../../ui/QueryState.tsx";
import { heatColor, heatmapRows } from "./insiktData.ts";
import { heatmapTable } from "./insiktTables.ts";
import { INSIKT_MESSAGES } from "./messages.ts";
import { ServiceHeatmap } from "./ServiceHeatmap.tsx";

const LEGEND_STEPS = [50, 60, 70, 80, 90];

/** The six service factors per area, as a coloured grid. */
export function HeatmapSection({
	report,
	summary,
}: {
	report: InsiktReport;
	summary: InsiktSummary;
}) {
	const { lang, num } = useI18n();
	const m = useMessages(INSIKT_MESSAGES);
	const heat = heatmapRows(
		report.values,
		report.municipality.code,
		summary.year,
	);
	const legend: LegendItem[] = LEGEND_STEPS.map((v, i) => ({
		label:
			i === 0
				? `≤ ${num(v)}`
				: i === LEGEND_STEPS.length - 1
					? `≥ ${num(v)}`
					: num(v),
		color: heatColor(v).background,
		shape: "square",
	}));
	const title = m.heatmap.title(summary.year);
	return (
		<ChartFrame
			id="insikt-heatmap"
			title={title}
			subtitle={report.municipality.name}
			description={m.heatmap.description}
			source={m.source}
			table={heatmapTable(heat, lang)}
			legend={legend}
			synthetic={heat.some((r) =>
				r.cells.some((c) => c.provenance === "synthetic"),
			)}
			municipality={report.municipality.name}
			year={summary.year}
			note={<WeakestFactors summary={summary} />}
		>
			{heat.length === 0 ? (
				<EmptyState title={m.heatmap.empty} />
			) : (
				<ServiceHeatmap rows={heat} title={title} lang={lang} />
			)}
		</ChartFrame>
	);
}

/** The three weakest service factors of NKI totalt, as the API ranks them. */
function WeakestFactors({ summary }: { summary: InsiktSummary }) {
	const { lang } = useI18n();
	const m = useMessages(INSIKT_MESSAGES).heatmap;
	if (summary.weakestServiceFactors.length === 0) return null;
	return (
		<p>
			{m.weakest}
			{summary.weakestServiceFactors
				.map((f) =>
					m.weakestFactor(
						serviceFactorLabel(f.measure, lang).toLowerCase(),
						f.value,
						f.riket,
					),
				)
				.join(", ")}
			.
		</p>
	);
}
