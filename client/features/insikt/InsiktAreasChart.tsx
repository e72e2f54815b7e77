import {
	Bar,
	type BarShapeProps,
	CartesianGrid,
	ComposedChart,
	ReferenceArea,
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
	TOOLTIP_STYLE,
} from "../../charts/chartProps.ts";
import type { LegendItem } from "../../charts/legend.ts";
import { FitChart, FocusBar, WrappedTick } from "../../charts/parts.tsx";
import { formatNumber, type Lang } from "../../i18n/format.ts";
import { type AreaBarRow, GRADE_BANDS } from "./insiktData.ts";

export function gradeBandLegend(lang: Lang): LegendItem[] {
	return GRADE_BANDS.map((b) => ({
		label: b[lang],
		color: b.color,
		shape: "band" as const,
	}));
}

export function insiktAreasLegend(
	name: string,
	lang: Lang,
	synthetic: boolean,
): LegendItem[] {
	return [
		{
			label: `${name} (NKI)`,
			color: "var(--chart-line)",
			shape: synthetic ? "hollow" : "square",
		},
		{
			label: lang === "sv" ? "Riket" : "National",
			color: "var(--text)",
			shape: "dot",
		},
		...gradeBandLegend(lang),
	];
}

/** Grade bands drawn behind an NKI chart, clipped to its axis. */
export function gradeBandAreas(domain: [number, number]) {
	return GRADE_BANDS.filter((b) => b.to > domain[0] && b.from < domain[1]).map(
		(b) => (
			<ReferenceArea
				key={b.id}
				y1={Math.max(b.from, domain[0])}
				y2={Math.min(b.to, domain[1])}
				fill={b.color}
				fillOpacity={0.22}
				stroke="none"
				ifOverflow="hidden"
			/>
		),
	);
}

function RiketMark({
	cx,
	cy,
	payload,
	lang,
}: Partial<ScatterShapeProps> & { lang: Lang }) {
	const row = payload as AreaBarRow | undefined;
	if (cx === undefined || cy === undefined || !row || row.riket === null)
		return null;
	const label = `${row.label}, ${lang === "sv" ? "riket" : "national"}: ${formatNumber(row.riket, 1, lang)}`;
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
			<CartesianGrid stroke="var(--grid)" vertical={false} />
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
							label={`${row.label}: NKI ${formatNumber(row.value, 0, lang)}${row.rank !== null ? `, ${lang === "sv" ? "plats" : "rank"} ${row.rank} ${lang === "sv" ? "av" : "of"} ${row.rankedCount}` : ""}`}
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
