import {
	CartesianGrid,
	Line,
	LineChart,
	ReferenceLine,
	Tooltip,
	usePlotArea,
	useXAxisScale,
	useYAxisScale,
	XAxis,
	YAxis,
} from "recharts";
import { TOP_RANK } from "../../../domain/ids.ts";
import type { Provenance } from "../../../domain/provenance.ts";
import {
	chartSize,
	focusProps,
	ROW_GRID,
	rankAxisProps,
	STATIC_LINE,
	TOOLTIP_STYLE,
	yearAxisProps,
} from "../../charts/chartProps.ts";
import { CHART_MESSAGES } from "../../charts/messages.ts";
import { FitChart } from "../../charts/parts.tsx";
import { rankAxisDomain } from "../../charts/util/axes.ts";
import { formatRank, formatYear, type Lang } from "../../i18n/format.ts";
import {
	lastPoints,
	type MultiRankPoint,
	type PeerSeries,
	placeEndLabels,
} from "./compareData.ts";
import { COMPARE_MESSAGES } from "./messages.ts";

interface DotProps {
	cx?: number;
	cy?: number;
	payload?: MultiRankPoint;
	series: PeerSeries;
	provenance: ReadonlyMap<string, Provenance>;
	lang: Lang;
	dimmed: boolean;
}

/** Pixels between two end labels, and the room they take to the right of the plot. */
const LABEL_GAP = 13;
const LABEL_FONT = 11;
const LABEL_CHAR_WIDTH = 6.3;
const MAX_LABEL_WIDTH = 150;

function PeerDot({
	cx,
	cy,
	payload,
	series,
	provenance,
	lang,
	dimmed,
}: DotProps) {
	if (cx === undefined || cy === undefined || !payload) return null;
	const rank = payload[series.code];
	if (rank === null || rank === undefined) return null;
	const synthetic =
		provenance.get(`${series.code}:${payload.year}`) === "synthetic";
	const label = `${COMPARE_MESSAGES[lang].dot(series.name, payload.year, rank)}${synthetic ? CHART_MESSAGES[lang].exampleDataSuffix : ""}`;
	return (
		<circle
			cx={cx}
			cy={cy}
			r={series.isChosen ? 4.5 : 3}
			stroke={series.color}
			strokeWidth={series.isChosen ? 2 : 1.5}
			fill={synthetic ? "var(--surface)" : series.color}
			className="focus-dot peer-dot"
			opacity={dimmed ? 0.25 : 1}
			data-code={series.code}
			data-year={payload.year}
			{...focusProps(label, series.isChosen ? 0 : -1)}
		>
			<title>{label}</title>
		</circle>
	);
}

/**
 * Each line's name at its right end, in the line's colour, spread so none overlap, with a thin
 * leader where a label had to move. Drawn inside the chart's SVG, so the PNG carries them too.
 */
function EndLabels({
	data,
	series,
	highlighted,
}: {
	data: readonly MultiRankPoint[];
	series: readonly PeerSeries[];
	highlighted: string | null;
}) {
	const xScale = useXAxisScale();
	const yScale = useYAxisScale();
	const plot = usePlotArea();
	if (!xScale || !yScale || !plot) return null;
	const ends = lastPoints(data, series).flatMap((end) => {
		const x = xScale(end.year);
		const y = yScale(end.rank);
		return x === undefined || y === undefined ? [] : [{ ...end, x, y }];
	});
	const placed = placeEndLabels(
		ends.map((e) => ({ code: e.code, y: e.y })),
		LABEL_GAP,
		plot.y + LABEL_FONT / 2,
		plot.y + plot.height,
	);
	const labelX = plot.x + plot.width + 8;
	const byCode = new Map(series.map((s) => [s.code, s]));
	return (
		<g className="end-labels">
			{ends.map((end) => {
				const s = byCode.get(end.code);
				const y = placed.get(end.code) ?? end.y;
				if (!s) return null;
				const dimmed = highlighted !== null && highlighted !== s.code;
				const strong = s.isChosen || highlighted === s.code;
				return (
					<g
						key={end.code}
						opacity={dimmed ? 0.3 : 1}
						data-end-label={end.code}
					>
						<line
							x1={end.x + 4}
							y1={end.y}
							x2={labelX - 2}
							y2={y}
							stroke={s.color}
							strokeWidth={1}
							strokeDasharray={s.dash}
						/>
						<text
							x={labelX}
							y={y}
							dy="0.35em"
							fontSize={LABEL_FONT}
							fontWeight={strong ? 700 : 400}
							fill={s.color === "var(--peer)" ? "var(--muted)" : s.color}
						>
							{s.name}
						</text>
					</g>
				);
			})}
		</g>
	);
}

/** Room to the right of the plot for the longest end label. */
function labelRoom(series: readonly PeerSeries[]): number {
	const longest = Math.max(0, ...series.map((s) => s.name.length));
	return Math.min(longest * LABEL_CHAR_WIDTH + 16, MAX_LABEL_WIDTH);
}

/** Every peer's rank per year; the chosen municipality drawn boldly, the others thinner. */
export function MultiRankChart({
	data,
	series,
	provenance,
	lang,
	width,
	height = 360,
	highlighted = null,
	labelEnds = false,
}: {
	data: MultiRankPoint[];
	series: PeerSeries[];
	provenance: ReadonlyMap<string, Provenance>;
	lang: Lang;
	width?: number;
	height?: number;
	/** A peer drawn strong and the others faint (the legend's hover, focus or pin). */
	highlighted?: string | null;
	/** Name each line at its right end (the screen and its PNG); off for print. */
	labelEnds?: boolean;
}) {
	const ranks = data.flatMap((d) =>
		series.map((s) => ({ rank: d[s.code] ?? null })),
	);
	const domain = rankAxisDomain(ranks);
	const names = new Map(series.map((s) => [s.code, s.name]));
	// The chosen municipality, then the highlighted one, are drawn last, on top.
	const ordered = [...series].sort(
		(a, b) =>
			Number(a.isChosen) - Number(b.isChosen) ||
			Number(a.code === highlighted) - Number(b.code === highlighted),
	);
	const labelled = labelEnds
		? series.filter(
				(s) =>
					s.isChosen || s.code === highlighted || s.color !== "var(--peer)",
			)
		: [];
	const chart = (
		<LineChart
			data={data}
			{...chartSize(width, height)}
			margin={{
				top: 12,
				right: labelEnds ? labelRoom(labelled) : 16,
				bottom: 8,
				left: 0,
			}}
		>
			<CartesianGrid {...ROW_GRID} />
			<XAxis
				{...yearAxisProps(data.map((d) => d.year))}
				interval="preserveStartEnd"
			/>
			<YAxis {...rankAxisProps(domain)} />
			<ReferenceLine
				y={TOP_RANK}
				stroke="var(--target)"
				strokeDasharray="6 4"
			/>
			<Tooltip
				itemSorter={(item) => Number(item.value)}
				labelFormatter={(label) => formatYear(Number(label))}
				formatter={(value, key) => [
					formatRank(Number(value), lang),
					names.get(String(key)) ?? String(key),
				]}
				contentStyle={{ ...TOOLTIP_STYLE, fontSize: 13 }}
			/>
			{ordered.map((s) => {
				const isHighlighted = s.code === highlighted;
				const dimmed = highlighted !== null && !isHighlighted && !s.isChosen;
				return (
					<Line
						key={s.code}
						dataKey={s.code}
						name={s.code}
						stroke={s.color}
						strokeWidth={s.isChosen ? 3 : isHighlighted ? 3 : 1.5}
						strokeDasharray={s.dash}
						strokeOpacity={
							dimmed ? 0.2 : s.isChosen || isHighlighted ? 1 : 0.85
						}
						dot={
							<PeerDot
								series={s}
								provenance={provenance}
								lang={lang}
								dimmed={dimmed}
							/>
						}
						{...STATIC_LINE}
					/>
				);
			})}
			{labelEnds && (
				<EndLabels data={data} series={labelled} highlighted={highlighted} />
			)}
		</LineChart>
	);
	return (
		<FitChart width={width} height={height}>
			{chart}
		</FitChart>
	);
}
