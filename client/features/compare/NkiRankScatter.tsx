import {
	CartesianGrid,
	Scatter,
	ScatterChart,
	type ScatterShapeProps,
	Tooltip,
	XAxis,
	YAxis,
	ZAxis,
} from "recharts";
import {
	AXIS_TICK,
	chartSize,
	focusProps,
	PLAIN_TICK,
	rankAxisProps,
	TOOLTIP_STYLE,
} from "../../charts/chartProps.ts";
import { CHART_MESSAGES } from "../../charts/messages.ts";
import { FitChart } from "../../charts/parts.tsx";
import { nkiValueAxis, rankAxisDomain } from "../../charts/util/axes.ts";
import { formatNumber, formatRank, type Lang } from "../../i18n/format.ts";
import type { ScatterPoint } from "./compareData.ts";
import { COMPARE_MESSAGES } from "./messages.ts";

function Point({
	cx,
	cy,
	payload,
	chosen,
	lang,
}: Partial<ScatterShapeProps> & { chosen: string; lang: Lang }) {
	const p = payload as ScatterPoint | undefined;
	if (cx === undefined || cy === undefined || !p) return null;
	const isChosen = p.code === chosen;
	const label = `${COMPARE_MESSAGES[lang].scatter.point(p.name, p.nki, p.nkiYear, p.rank)}${p.synthetic ? CHART_MESSAGES[lang].exampleDataSuffix : ""}`;
	const color = isChosen ? "var(--chart-line)" : "var(--chart-3)";
	return (
		<g>
			<circle
				cx={cx}
				cy={cy}
				r={isChosen ? 7 : 5}
				stroke={color}
				strokeWidth={2}
				fill={p.synthetic ? "var(--surface)" : color}
				className="focus-dot scatter-dot"
				data-code={p.code}
				{...focusProps(label)}
			>
				<title>{label}</title>
			</circle>
			<text
				x={cx + 9}
				y={cy + 4}
				fontSize={11}
				fill="var(--muted)"
				fontWeight={isChosen ? 700 : 400}
			>
				{p.name}
			</text>
		</g>
	);
}

/** Insikt NKI totalt (x) against the SN rank (y, 1 at the top) for the peers with both. */
export function NkiRankScatter({
	points,
	chosen,
	lang,
	width,
	height = 360,
}: {
	points: ScatterPoint[];
	chosen: string;
	lang: Lang;
	width?: number;
	height?: number;
}) {
	const m = COMPARE_MESSAGES[lang].scatter;
	const domain = rankAxisDomain(points);
	const xAxis = nkiValueAxis(points.map((p) => p.nki));
	const chart = (
		<ScatterChart
			{...chartSize(width, height)}
			margin={{ top: 12, right: 64, bottom: 24, left: 0 }}
		>
			<CartesianGrid stroke="var(--grid)" />
			<XAxis
				type="number"
				dataKey="nki"
				domain={xAxis.domain}
				ticks={xAxis.ticks}
				tickFormatter={(v: number) => formatNumber(v, xAxis.digits, lang)}
				name="NKI"
				tick={PLAIN_TICK}
				label={{
					value: m.xAxis,
					position: "insideBottom",
					offset: -14,
					...AXIS_TICK,
				}}
			/>
			<YAxis
				type="number"
				dataKey="rank"
				{...rankAxisProps(domain)}
				label={{
					value: m.yAxis,
					angle: -90,
					position: "insideLeft",
					offset: 4,
					dy: 40,
					...AXIS_TICK,
				}}
			/>
			<ZAxis range={[60, 60]} />
			<Tooltip
				cursor={{ strokeDasharray: "3 3" }}
				formatter={(value, key) => [
					key === "rank"
						? formatRank(Number(value), lang)
						: formatNumber(Number(value), 0, lang),
					key === "rank" ? COMPARE_MESSAGES[lang].table.rank : "NKI",
				]}
				contentStyle={TOOLTIP_STYLE}
			/>
			<Scatter
				data={points}
				isAnimationActive={false}
				shape={(props: ScatterShapeProps) => (
					<Point {...props} chosen={chosen} lang={lang} />
				)}
			/>
		</ScatterChart>
	);
	return (
		<FitChart width={width} height={height}>
			{chart}
		</FitChart>
	);
}
