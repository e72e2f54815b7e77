import {
	Bar,
	type BarShapeProps,
	CartesianGrid,
	ComposedChart,
	Scatter,
	type ScatterShapeProps,
	Tooltip,
	XAxis,
	YAxis,
} from "recharts";
import {
	chartSize,
	focusProps,
	nkiAxisProps,
	nkiTooltipFormatter,
	ROW_GRID,
	TOOLTIP_STYLE,
} from "../../charts/chartProps.ts";
import { FitChart, FocusBar, WrappedTick } from "../../charts/parts.tsx";
import type { Lang } from "../../i18n/format.ts";
import { gradeBandAreas } from "./gradeBands.tsx";
import type { AreaBarRow } from "./insiktData.ts";
import { INSIKT_MESSAGES } from "./messages.ts";

function RiketMark({
	cx,
	cy,
	payload,
	lang,
}: Partial<ScatterShapeProps> & { lang: Lang }) {
	const row = payload as AreaBarRow | undefined;
	if (cx === undefined || cy === undefined || !row || row.riket === null)
		return null;
	const label = INSIKT_MESSAGES[lang].areas.riketMark(row.label, row.riket);
	return (
		<g>
			<line
				x1={cx - 16}
				x2={cx + 16}
				y1={cy}
				y2={cy}
				stroke="var(--text)"
				strokeWidth={3}
			/>
			<circle
				cx={cx}
				cy={cy}
				r={4}
				fill="var(--text)"
				className="focus-dot"
				{...focusProps(label)}
			>
				<title>{label}</title>
			</circle>
		</g>
	);
}

function barLabel(row: AreaBarRow, lang: Lang): string {
	const m = INSIKT_MESSAGES[lang].areas;
	const rank = row.rank !== null ? m.barRank(row.rank, row.rankedCount) : "";
	return `${m.bar(row.label, row.value)}${rank}`;
}

/** NKI per area as bars against the grade bands, with Riket marked on each. */
export function InsiktAreasChart({
	rows,
	domain,
	lang,
	width,
	height = 320,
}: {
	rows: AreaBarRow[];
	domain: [number, number];
	lang: Lang;
	width?: number;
	height?: number;
}) {
	const chart = (
		<ComposedChart
			data={rows}
			{...chartSize(width, height)}
			margin={{ top: 12, right: 12, bottom: 8, left: 0 }}
		>
			{gradeBandAreas(domain)}
			<CartesianGrid {...ROW_GRID} />
			<XAxis
				dataKey="short"
				interval={0}
				height={44}
				tick={<WrappedTick maxChars={12} anchor="middle" />}
			/>
			<YAxis {...nkiAxisProps(domain)} />
			<Tooltip
				formatter={nkiTooltipFormatter(lang)}
				contentStyle={TOOLTIP_STYLE}
			/>
			<Bar
				dataKey="value"
				maxBarSize={56}
				isAnimationActive={false}
				shape={(props: BarShapeProps) => {
					const row = props.payload as AreaBarRow;
					return (
						<FocusBar
							{...props}
							fill="var(--chart-line)"
							hollow={row.provenance === "synthetic"}
							className="nki-bar"
							label={barLabel(row, lang)}
						/>
					);
				}}
			/>
			<Scatter
				dataKey="riket"
				isAnimationActive={false}
				shape={(props: ScatterShapeProps) => (
					<RiketMark {...props} lang={lang} />
				)}
			/>
		</ComposedChart>
	);
	return (
		<FitChart width={width} height={height}>
			{chart}
		</FitChart>
	);
}
