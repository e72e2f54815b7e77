import { ChartFrame } from "../../charts/ChartFrame.tsx";
import type { LegendItem } from "../../charts/legend.ts";
import { CHART_MESSAGES } from "../../charts/messages.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { HistoryNote } from "../../ui/HistoryNote.tsx";
import { EmptyState } from "../../ui/QueryState.tsx";
import {
	type ComparisonSectionProps,
	historyProvenance,
	multiRankRows,
	type PeerSeries,
	peerSeries,
} from "./compareData.ts";
import { multiRankTable } from "./compareTables.ts";
import { MultiRankChart } from "./MultiRankChart.tsx";
import { COMPARE_MESSAGES } from "./messages.ts";

/** With more peers than this, the legend names only the chosen municipality and "the others". */
const NAMED_IN_LEGEND = 8;

/** The chosen municipality and "the others" in grey, for large groups and print. */
export function chosenAndOthersLegend(
	series: readonly PeerSeries[],
	code: string,
	othersLabel: string,
): LegendItem[] {
	return [
		{
			label: series.find((s) => s.isChosen)?.name ?? code,
			color: "var(--chart-line)",
			shape: "line",
		},
		{ label: othersLabel, color: "var(--peer)", shape: "line" },
	];
}

/** Every peer's rank per year, the chosen municipality drawn boldly. */
export function CompareRanksSection({
	comparison,
	code,
	groupLabel,
}: ComparisonSectionProps) {
	const { lang, years } = useI18n();
	const m = useMessages(COMPARE_MESSAGES).ranks;
	const c = useMessages(CHART_MESSAGES);
	const series = peerSeries(comparison.rows, code);
	const points = multiRankRows(comparison.rows);
	const synthetic = comparison.rows.some((r) =>
		r.history.some((h) => h.provenance === "synthetic"),
	);
	const legend: LegendItem[] =
		series.length <= NAMED_IN_LEGEND
			? series.map((s) => ({ label: s.name, color: s.color, shape: "line" }))
			: chosenAndOthersLegend(series, code, c.othersInGroup);
	if (synthetic)
		legend.push({
			label: c.synthetic,
			color: "var(--chart-line)",
			shape: "hollow",
		});
	legend.push({ label: c.top10, color: "var(--target)", shape: "dashed" });
	const first = points[0]?.year;
	const last = points.at(-1)?.year;
	return (
		<ChartFrame
			id="compare-ranks"
			title={m.title}
			subtitle={`${groupLabel}, ${first !== undefined && last !== undefined ? years([first, last]) : "–"}`}
			description={m.description}
			source={m.source}
			table={multiRankTable(comparison, points, lang)}
			legend={legend}
			synthetic={synthetic}
			note={<HistoryNote history={comparison.history} />}
		>
			{points.length === 0 ? (
				<EmptyState title={m.empty} />
			) : (
				<MultiRankChart
					data={points}
					series={series}
					provenance={historyProvenance(comparison.rows)}
					lang={lang}
				/>
			)}
		</ChartFrame>
	);
}
