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
import { formatPercent, type Lang } from "../../i18n/format.ts";
import { type ShareRow, shareAxis } from "./factorData.ts";
import { FACTORS_MESSAGES } from "./messages.ts";

export interface FactorShareChartProps {
	rows: ShareRow[];
	lang: Lang;
	width?: number;
}

const KIND_COLOR = {
	survey: "var(--chart-line)",
	statistic: "var(--chart-2)",
} as const;

export function factorShareLegend(lang: Lang): LegendItem[] {
	const m = FACTORS_MESSAGES[lang].share;
	return [
		{
			label: m.survey,
			color: KIND_COLOR.survey,
			shape: "square",
		},
		{
			label: m.statistic,
			color: KIND_COLOR.statistic,
			shape: "square",
		},
	];
}

/** Each factor's share of the modelled gap to the top 10, largest first. */
export function FactorShareChart({ rows, lang, width }: FactorShareChartProps) {
	const m = FACTORS_MESSAGES[lang].share;
	const height = rows.length * 32 + 40;
	const axis = shareAxis(rows.map((r) => r.share));
	const percentDigits = Math.max(0, axis.digits - 2);
	const chart = (
		<BarChart data={rows} {...horizontalBarsProps(width, height)}>
			<CartesianGrid {...COLUMN_GRID} />
			<XAxis
				type="number"
				domain={axis.domain}
				ticks={axis.ticks}
				allowDataOverflow
				tickFormatter={(v: number) => formatPercent(v, lang, percentDigits)}
				tick={PLAIN_TICK}
			/>
			<YAxis {...labelAxisProps(width !== undefined && width < 600)} />
			<ReferenceLine x={0} stroke="var(--muted)" />
			<Bar
				dataKey="share"
				isAnimationActive={false}
				shape={(props: BarShapeProps) => {
					const row = props.payload as ShareRow;
					return (
						<FocusBar
							{...props}
							fill={KIND_COLOR[row.kind]}
							label={`${row.label}: ${m.ofTheGap(row.share)}`}
							className="share-bar"
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
