import {
	Area,
	CartesianGrid,
	ComposedChart,
	Line,
	ReferenceArea,
	ReferenceLine,
	Tooltip,
	XAxis,
	YAxis,
} from "recharts";
import {
	AXIS_TICK,
	chartSize,
	lineLabel,
	ROW_GRID,
	rankAxisProps,
	STATIC_LINE,
	yearAxisProps,
	yearTickInterval,
} from "../../charts/chartProps.ts";
import { CHART_MESSAGES } from "../../charts/messages.ts";
import { FitChart } from "../../charts/parts.tsx";
import { rankAxisDomain } from "../../charts/util/axes.ts";
import type { Lang } from "../../i18n/format.ts";
import { OVERVIEW_MESSAGES } from "./messages.ts";
import { methodChangeX, type RankTrendRow } from "./rankTrendData.ts";
import {
	ProjectionDot,
	ProvenanceDot,
	RankTooltip,
} from "./rankTrendMarks.tsx";

export interface RankTrendChartProps {
	rows: RankTrendRow[];
	targetYear: number | null;
	targetRank: number;
	/** The year the page is about, ringed in the chart; later years are shaded as after it. */
	selectedYear: number | null;
	lang: Lang;
	/** Fixed size for print; without it the chart fills its container. */
	width?: number;
	height?: number;
}

export function RankTrendChart({
	rows,
	targetYear,
	targetRank,
	selectedYear,
	lang,
	width,
	height = 320,
}: RankTrendChartProps) {
	const bandWorst = rows.flatMap((r) => (r.band ? [r.band[1]] : []));
	const domain = rankAxisDomain(rows, bandWorst);
	const methodX = methodChangeX(
		rows.filter((r) => r.rank !== null || r.projection !== null),
	);
	const projectionEnd =
		rows.findLast((r) => r.projection !== null)?.year ?? null;
	const lastAfter = rows.findLast((r) => r.after && r.rank !== null)?.year;
	const m = OVERVIEW_MESSAGES[lang].trend;
	const c = CHART_MESSAGES[lang];
	const narrow =
		width === undefined &&
		typeof window !== "undefined" &&
		window.innerWidth < 500;
	const chart = (
		<ComposedChart
			data={rows}
			{...chartSize(width, height)}
			margin={{ top: 22, right: 16, bottom: 8, left: 0 }}
			className="chart-svg-host"
		>
			<CartesianGrid {...ROW_GRID} />
			<XAxis
				{...yearAxisProps(rows.map((r) => r.year))}
				interval={yearTickInterval(rows.length, narrow)}
				minTickGap={4}
				allowDecimals={false}
			/>
			<YAxis
				{...rankAxisProps(domain)}
				allowDecimals={false}
				label={{
					value: m.rankAxis,
					angle: -90,
					position: "insideLeft",
					offset: 10,
					...AXIS_TICK,
				}}
			/>
			<Area
				dataKey="band"
				stroke="none"
				fill="var(--projection)"
				fillOpacity={0.15}
				isAnimationActive={false}
				activeDot={false}
				legendType="none"
			/>
			<ReferenceLine
				y={targetRank}
				stroke="var(--target)"
				strokeDasharray="6 4"
				label={lineLabel(c.top10, "insideBottomLeft", "var(--target)", 12)}
			/>
			{methodX !== null && (
				<ReferenceLine
					x={methodX}
					stroke="var(--muted)"
					strokeDasharray="2 3"
					label={lineLabel(m.methodChange, "top", "var(--muted)")}
				/>
			)}
			{selectedYear !== null && lastAfter !== undefined && (
				<ReferenceArea
					x1={selectedYear + 0.5}
					x2={lastAfter + 0.5}
					fill="var(--surface-2)"
					fillOpacity={0.8}
					stroke="none"
					ifOverflow="extendDomain"
					label={lineLabel(
						m.afterYear(selectedYear),
						"insideBottom",
						"var(--muted)",
					)}
				/>
			)}
			{targetYear !== null && (
				<ReferenceLine
					x={targetYear}
					stroke="var(--target)"
					strokeWidth={1.5}
					label={lineLabel(
						m.target(targetYear),
						"insideTopRight",
						"var(--target)",
					)}
				/>
			)}
			<Tooltip
				content={<RankTooltip lang={lang} selectedYear={selectedYear} />}
			/>
			<Line
				type="linear"
				dataKey="projection"
				stroke="var(--projection)"
				strokeWidth={2}
				strokeDasharray="5 4"
				dot={<ProjectionDot lang={lang} last={projectionEnd} />}
				{...STATIC_LINE}
			/>
			<Line
				type="linear"
				dataKey="rank"
				name={m.rankAxis}
				stroke="var(--chart-line)"
				strokeWidth={2}
				dot={<ProvenanceDot lang={lang} selectedYear={selectedYear} />}
				{...STATIC_LINE}
			/>
		</ComposedChart>
	);
	return (
		<FitChart width={width} height={height}>
			{chart}
		</FitChart>
	);
}
