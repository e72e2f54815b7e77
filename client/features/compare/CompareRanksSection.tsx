import { useState } from "react";
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
import { PeerLegend } from "./PeerLegend.tsx";

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

/** Every peer's rank per year: the chosen municipality bold, the others labelled at the line ends. */
export function CompareRanksSection({
	comparison,
	code,
	groupLabel,
}: ComparisonSectionProps) {
	const { lang, years } = useI18n();
	const m = useMessages(COMPARE_MESSAGES).ranks;
	const c = useMessages(CHART_MESSAGES);
	const [hovered, setHovered] = useState<string | null>(null);
	const [pinned, setPinned] = useState<string | null>(null);
	const series = peerSeries(comparison.rows, code);
	const points = multiRankRows(comparison.rows);
	const synthetic = comparison.rows.some((r) =>
		r.history.some((h) => h.provenance === "synthetic"),
	);
	// The lines are named at their ends (in the PNG too) and in the legend buttons below, so the
	// frame's own legend keeps only the marks.
	const legend: LegendItem[] = [];
	if (synthetic)
		legend.push({
			label: c.synthetic,
			color: "var(--chart-line)",
			shape: "hollow",
		});
	legend.push({ label: c.top10, color: "var(--target)", shape: "dashed" });
	const first = points[0]?.year;
	const last = points.at(-1)?.year;
	const highlighted =
		hovered ??
		(pinned && series.some((s) => s.code === pinned) ? pinned : null);
	return (
		<ChartFrame
			id="compare-ranks"
			municipality={series.find((s) => s.isChosen)?.name ?? null}
			year={comparison.year}
			title={m.title}
			subtitle={`${groupLabel}, ${first !== undefined && last !== undefined ? years([first, last]) : "–"}`}
			description={m.description}
			source={m.source}
			table={multiRankTable(comparison, points, lang)}
			legend={legend}
			synthetic={synthetic}
			note={
				<>
					{points.length > 0 && (
						<PeerLegend
							series={series}
							pinned={pinned}
							onHover={setHovered}
							onPin={setPinned}
						/>
					)}
					<HistoryNote history={comparison.history} />
				</>
			}
		>
			{points.length === 0 ? (
				<EmptyState title={m.empty} />
			) : (
				<MultiRankChart
					data={points}
					series={series}
					provenance={historyProvenance(comparison.rows)}
					lang={lang}
					highlighted={highlighted}
					labelEnds
				/>
			)}
		</ChartFrame>
	);
}
