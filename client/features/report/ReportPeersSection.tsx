import type { Comparison } from "../../../server/schemas/compare.ts";
import { ChartFrame } from "../../charts/ChartFrame.tsx";
import { CHART_MESSAGES } from "../../charts/messages.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { chosenAndOthersLegend } from "../compare/CompareRanksSection.tsx";
import {
	historyProvenance,
	multiRankRows,
	peerSeries,
} from "../compare/compareData.ts";
import { multiRankTable } from "../compare/compareTables.ts";
import { MultiRankChart } from "../compare/MultiRankChart.tsx";
import { COMPARE_MESSAGES } from "../compare/messages.ts";
import type { PrintSize } from "../overview/RankTrendSection.tsx";

/** The municipality's rank per year among its default peer group, the others in grey. */
export function ReportPeersSection({
	comparison,
	code,
	name,
	print,
}: {
	comparison: Comparison;
	code: string;
	name: string;
	print: PrintSize;
}) {
	const { lang } = useI18n();
	const m = useMessages(COMPARE_MESSAGES).ranks;
	const c = useMessages(CHART_MESSAGES);
	const series = peerSeries(comparison.rows, code);
	if (series.length <= 1) return null;
	const points = multiRankRows(comparison.rows);
	const group = comparison.group?.label ?? null;
	return (
		<ChartFrame
			id="report-peers"
			staticView
			title={m.titleFor(group ?? "")}
			subtitle={m.printSubtitle(name)}
			description={m.printDescription(name, group)}
			source={m.source}
			table={multiRankTable(comparison, points, lang)}
			legend={chosenAndOthersLegend(series, code, c.othersInGroup)}
			synthetic={comparison.provenances.includes("synthetic")}
			municipality={name}
			year={comparison.year}
		>
			<MultiRankChart
				data={points}
				series={series.map((s) =>
					s.isChosen ? s : { ...s, color: "var(--peer)" },
				)}
				provenance={historyProvenance(comparison.rows)}
				lang={lang}
				width={print.width}
				height={print.height}
			/>
		</ChartFrame>
	);
}
