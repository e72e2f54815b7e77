import {
	Bar,
	BarChart,
	type BarShapeProps,
	CartesianGrid,
	Tooltip,
	XAxis,
	YAxis,
} from "recharts";
import type { Provenance } from "../../../domain/provenance.ts";
import {
	COLUMN_GRID,
	horizontalBarsProps,
	PLAIN_TICK,
	TOOLTIP_STYLE,
} from "../../charts/chartProps.ts";
import type { LegendItem } from "../../charts/legend.ts";
import { CHART_MESSAGES } from "../../charts/messages.ts";
import { FitChart, FocusBar, labelAxisProps } from "../../charts/parts.tsx";
import type { NiceAxis } from "../../charts/util/niceTicks.ts";
import { formatNumber, type Lang } from "../../i18n/format.ts";
import { FACTORS_MESSAGES } from "./messages.ts";

export interface FactorScoreRow {
	factorId: string;
	label: string;
	ours: number | null;
	numberTen: number | null;
	top10Mean: number | null;
	/** Per bar: a synthetic value is drawn hollow. */
	provenance: Record<
		"ours" | "numberTen" | "top10Mean",
		Provenance | null | undefined
	>;
}

export interface FactorScoresChartProps {
	rows: FactorScoreRow[];
	/** The municipality's name for the first series. */
	name: string;
	numberTenName: string;
	axis: NiceAxis;
	lang: Lang;
	width?: number;
}

export function factorScoresLegend(
	name: string,
	numberTenName: string,
	lang: Lang,
	synthetic: boolean,
): LegendItem[] {
	const m = FACTORS_MESSAGES[lang];
	const c = CHART_MESSAGES[lang];
	const items: LegendItem[] = [
		{ label: name, color: "var(--chart-line)", shape: "square" },
		{
			label: m.scores.numberTenLegend(numberTenName),
			color: "var(--target)",
			shape: "square",
		},
		{ label: m.table.top10Mean, color: "var(--chart-3)", shape: "square" },
	];
	if (synthetic)
		items.push({ label: c.synthetic, color: "var(--muted)", shape: "hollow" });
	return items;
}

const SERIES = [
	{ key: "ours", color: "var(--chart-line)" },
	{ key: "numberTen", color: "var(--target)" },
	{ key: "top10Mean", color: "var(--chart-3)" },
] as const;

/** Survey factors on the 1–6 scale: ours against number 10 and the top-10 mean, bars from the scale's 1. */
export function FactorScoresChart({
	rows,
	name,
	numberTenName,
	axis,
	lang,
	width,
}: FactorScoresChartProps) {
	const height = rows.length * 48 + 40;
	const m = FACTORS_MESSAGES[lang].scores;
	const names = {
		ours: name,
		numberTen: m.numberTenSeries(numberTenName),
		top10Mean: m.top10MeanSeries,
	};
	const chart = (
		<BarChart
			data={rows}
			{...horizontalBarsProps(width, height)}
			barCategoryGap="18%"
			barGap={1}
		>
			<CartesianGrid {...COLUMN_GRID} />
			<XAxis
				type="number"
				domain={axis.domain}
				ticks={axis.ticks}
				allowDataOverflow
				tickFormatter={(v: number) => formatNumber(v, axis.digits, lang)}
				tick={PLAIN_TICK}
			/>
			<YAxis {...labelAxisProps()} />
			<Tooltip
				formatter={(value, key) => [
					formatNumber(Number(value), 2, lang),
					names[key as keyof typeof names] ?? String(key),
				]}
				contentStyle={TOOLTIP_STYLE}
			/>
			{SERIES.map((series) => (
				<Bar
					key={series.key}
					dataKey={series.key}
					name={series.key}
					isAnimationActive={false}
					shape={(props: BarShapeProps) => {
						const row = props.payload as FactorScoreRow;
						return (
							<FocusBar
								{...props}
								fill={series.color}
								hollow={row.provenance[series.key] === "synthetic"}
								label={`${row.label}, ${names[series.key]}: ${formatNumber(row[series.key], 2, lang)}${row.provenance[series.key] === "synthetic" ? CHART_MESSAGES[lang].exampleDataSuffix : ""}`}
							/>
						);
					}}
				/>
			))}
		</BarChart>
	);
	return (
		<FitChart width={width} height={height}>
			{chart}
		</FitChart>
	);
}
