import {
	Bar,
	BarChart,
	type BarShapeProps,
	CartesianGrid,
	ReferenceLine,
	XAxis,
	YAxis,
} from "recharts";
import {
	COLUMN_GRID,
	horizontalBarsProps,
	PLAIN_TICK,
} from "../../charts/chartProps.ts";
import type { LegendItem } from "../../charts/legend.ts";
import { FitChart, FocusBar, labelAxisProps } from "../../charts/parts.tsx";
import { symmetricAxis } from "../../charts/util/niceTicks.ts";
import { formatNumber, type Lang } from "../../i18n/format.ts";
import type { AttributionRow } from "./factorData.ts";
import { FACTORS_MESSAGES } from "./messages.ts";

export function attributionLegend(lang: Lang): LegendItem[] {
	const m = FACTORS_MESSAGES[lang].attribution;
	return [
		{
			label: m.pulledUp,
			color: "var(--good)",
			shape: "square",
		},
		{
			label: m.pulledDown,
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
	const m = FACTORS_MESSAGES[lang].attribution;
	const height = rows.length * 32 + 40;
	const axis = symmetricAxis(
		Math.max(0.01, ...rows.map((r) => Math.abs(r.contribution))),
	);
	const chart = (
		<BarChart data={rows} {...horizontalBarsProps(width, height)}>
			<CartesianGrid {...COLUMN_GRID} />
			<XAxis
				type="number"
				domain={axis.domain}
				ticks={axis.ticks}
				tickFormatter={(v: number) => formatNumber(v, axis.digits, lang)}
				tick={PLAIN_TICK}
			/>
			<YAxis {...labelAxisProps()} />
			<ReferenceLine x={0} stroke="var(--muted)" />
			<Bar
				dataKey="contribution"
				isAnimationActive={false}
				shape={(props: BarShapeProps) => {
					const row = props.payload as AttributionRow;
					const up = row.contribution > 0;
					const value = formatNumber(row.contribution, 3, lang);
					return (
						<FocusBar
							{...props}
							fill={up ? "var(--good)" : "var(--bad)"}
							label={
								up ? m.barUp(row.label, value) : m.barDown(row.label, value)
							}
						/>
					);
				}}
			/>
		</BarChart>
	);
	return (
		<FitChart width={width} height={height}>
			{chart}
		</FitChart>
	);
}
