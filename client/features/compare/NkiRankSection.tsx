import { ChartFrame } from "../../charts/ChartFrame.tsx";
import type { LegendItem } from "../../charts/legend.ts";
import { CHART_MESSAGES } from "../../charts/messages.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { EmptyState } from "../../ui/QueryState.tsx";
import {
	type ComparisonSectionProps,
	nkiRankCorrelation,
	scatterPoints,
} from "./compareData.ts";
import { scatterTable } from "./compareTables.ts";
import { COMPARE_MESSAGES } from "./messages.ts";
import { NkiRankScatter } from "./NkiRankScatter.tsx";

/** Insikt NKI totalt against the SN rank for the peers that have both. */
export function NkiRankSection({
	comparison,
	code,
	groupLabel,
}: ComparisonSectionProps) {
	const { lang } = useI18n();
	const m = useMessages(COMPARE_MESSAGES).scatter;
	const c = useMessages(CHART_MESSAGES);
	const points = scatterPoints(comparison.rows);
	const synthetic = points.some((p) => p.synthetic);
	const chosenName = comparison.rows.find((r) => r.code === code)?.name ?? code;
	const legend: LegendItem[] = [
		{ label: chosenName, color: "var(--chart-line)", shape: "dot" },
		{ label: m.others, color: "var(--chart-3)", shape: "dot" },
	];
	if (synthetic)
		legend.push({
			label: c.synthetic,
			color: "var(--chart-3)",
			shape: "hollow",
		});
	return (
		<ChartFrame
			id="nki-rank"
			municipality={chosenName}
			year={comparison.year}
			title={m.title(comparison.year)}
			subtitle={groupLabel}
			description={m.description(comparison.year, nkiRankCorrelation(points))}
			source={m.source}
			table={scatterTable(points, lang)}
			legend={legend}
			synthetic={synthetic}
		>
			{points.length === 0 ? (
				<EmptyState title={m.empty}>
					<p className="muted">{m.emptyHelp}</p>
				</EmptyState>
			) : (
				<NkiRankScatter points={points} chosen={code} lang={lang} />
			)}
		</ChartFrame>
	);
}
