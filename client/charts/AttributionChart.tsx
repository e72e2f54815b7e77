import {
	Bar,
	BarChart,
	type BarShapeProps,
	CartesianGrid,
	ReferenceLine,
	ResponsiveContainer,
	XAxis,
	YAxis,
} from "recharts";
import { formatNumber, type Lang } from "../i18n/format.ts";
import { FocusBar, WrappedTick } from "./parts.tsx";
import { type AttributionRow, symmetricTicks } from "./util/factorData.ts";
import type { LegendItem } from "./util/legend.ts";

export function attributionLegend(lang: Lang): LegendItem[] {
	return [
		{
			label: lang === "sv" ? "Drog upp placeringen" : "Pulled the rank up",
			color: "var(--good)",
			shape: "square",
		},
		{
			label: lang === "sv" ? "Drog ned placeringen" : "Pulled the rank down",
			color: "var(--bad)",
			shape: "square",
		},
	];
}

/** Each factor's part of the change in the modelled total between two years (diverging bars). */
export function AttributionChart({
	rows,
	lang,
	width,
}: {
	rows: AttributionRow[];
	lang: Lang;
	width?: number;
}) {
	const height = rows.length * 32 + 40;
	const axis = symmetricTicks(
		Math.max(0.01, ...rows.map((r) => Math.abs(r.contribution))),
	);
	const chart = (
		<BarChart
			data={rows}
			layout="vertical"
			width={width}
			height={width === undefined ? undefined : height}
			margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
		>
			<CartesianGrid stroke="var(--grid)" horizontal={false} />
			<XAxis
				type="number"
				domain={axis.domain}
				ticks={axis.ticks}
				tickFormatter={(v: number) => formatNumber(v, 2, lang)}
				tick={{ fill: "var(--muted)", fontSize: 12 }}
			/>
			<YAxis
				type="category"
				dataKey="label"
				width={210}
				tick={<WrappedTick maxChars={30} />}
				interval={0}
			/>
			<ReferenceLine x={0} stroke="var(--muted)" />
			<Bar
				dataKey="contribution"
				isAnimationActive={false}
				shape={(props: BarShapeProps) => {
					const row = props.payload as AttributionRow;
					const up = row.contribution > 0;
					return (
						<FocusBar
							{...props}
							fill={up ? "var(--good)" : "var(--bad)"}
							label={`${row.label}: ${formatNumber(row.contribution, 3, lang)} (${up ? (lang === "sv" ? "drog upp" : "pulled up") : lang === "sv" ? "drog ned" : "pulled down"})`}
						/>
					);
				}}
			/>
		</BarChart>
	);
	if (width !== undefined) return chart;
	return (
		<ResponsiveContainer width="100%" height={height}>
			{chart}
		</ResponsiveContainer>
	);
}
