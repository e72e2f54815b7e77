import type { Ranking } from "../../../server/schemas/ranking.ts";
import { ChartFrame } from "../../charts/ChartFrame.tsx";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { HistoryNote } from "../../ui/HistoryNote.tsx";
import { EmptyState } from "../../ui/QueryState.tsx";
import { OVERVIEW_MESSAGES } from "./messages.ts";
import { RankTrendChart } from "./RankTrendChart.tsx";
import {
	buildRankTrendRows,
	rankTable,
	rankTrendLegendFlags,
} from "./rankTrendData.ts";
import { rankTrendLegend } from "./rankTrendLegend.ts";

/** Printed at a fixed size in the report; on screen the chart fills its panel. */
export interface PrintSize {
	width: number;
	/** Left out where the chart's height follows its rows. */
	height?: number;
}

/** The rank per year against the top-10 line, with the trend to the target year. */
export function RankTrendSection({
	ranking,
	year,
	print,
}: {
	ranking: Ranking;
	year: number;
	/** For the report: a static frame at a fixed size, without the history note. */
	print?: PrintSize;
}) {
	const { lang, years } = useI18n();
	const m = useMessages(OVERVIEW_MESSAGES).trend;
	const { trend } = ranking;
	const rows = buildRankTrendRows(
		ranking.years,
		trend.projection,
		trend.targetYear,
		ranking.asOf,
	);
	const drawn = rankTrendLegendFlags(rows);
	const first = rows[0]?.year;
	const lastRanked = rows.findLast((r) => r.rank !== null)?.year;
	const span =
		first !== undefined && lastRanked !== undefined
			? ` ${years([first, lastRanked])}`
			: "";
	return (
		<ChartFrame
			id={print ? "report-rank-trend" : "rank-trend"}
			staticView={print !== undefined}
			title={m.title}
			subtitle={`${ranking.municipality.name}${span}`}
			description={`${m.description}${drawn.after ? m.descriptionAfter(ranking.asOf) : ""}`}
			source={print ? m.sourceShort : m.source}
			table={rankTable(ranking, lang)}
			legend={rankTrendLegend(lang, drawn, ranking.asOf)}
			synthetic={drawn.synthetic || ranking.provenances.includes("synthetic")}
			municipality={ranking.municipality.name}
			year={ranking.asOf}
			note={print ? undefined : <HistoryNote history={ranking.history} />}
		>
			{rows.length === 0 ? (
				<EmptyState title={m.empty} />
			) : (
				<RankTrendChart
					rows={rows}
					targetYear={trend.targetYear}
					targetRank={trend.targetRank}
					selectedYear={year}
					lang={lang}
					width={print?.width}
					height={print?.height}
				/>
			)}
		</ChartFrame>
	);
}
