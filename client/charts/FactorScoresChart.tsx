import {
	Bar,
	BarChart,
	type BarShapeProps,
	CartesianGrid,
	ResponsiveContainer,
	Tooltip,
	XAxis,
	YAxis,
} from "recharts";
import { formatNumber, type Lang } from "../i18n/format.ts";
import { FocusBar, WrappedTick } from "./parts.tsx";
import type { LegendItem } from "./util/legend.ts";

export interface FactorScoreRow {
	factorId: string;
	label: string;
	ours: number | null;
	numberTen: number | null;
	top10Mean: number | null;
}

export interface FactorScoresChartProps {
	rows: FactorScoreRow[];
	/** The municipality's name for the first series. */
	name: string;
	numberTenName: string;
	domain: [number, number];
	lang: Lang;
	synthetic: boolean;
	width?: number;
}

export function factorScoresLegend(
	name: string,
	numberTenName: string,
	lang: Lang,
	synthetic: boolean,
): LegendItem[] {
	return [
		{
			label: name,
			color: "var(--chart-line)",
			shape: synthetic ? "hollow" : "square",
		},
		{
			label: `${lang === "sv" ? "Nr 10" : "No. 10"} (${numberTenName})`,
			color: "var(--target)",
			shape: "square",
		},
		{
			label: lang === "sv" ? "Topp 10-snitt" : "Top-10 mean",
			color: "var(--chart-3)",
			shape: "square",
		},
	];
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
	domain,
	lang,
	synthetic,
	width,
}: FactorScoresChartProps) {
	const height = rows.length * 48 + 40;
	const names = {
		ours: name,
		numberTen: `${lang === "sv" ? "nr 10" : "no. 10"} (${numberTenName})`,
		top10Mean: lang === "sv" ? "topp 10-snitt" : "top-10 mean",
	};
	const chart = (
		<BarChart
			data={rows}
			layout="vertical"
			width={width}
			height={width === undefined ? undefined : height}
			margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
			barCategoryGap="18%"
			barGap={1}
		>
			<CartesianGrid stroke="var(--grid)" horizontal={false} />
			<XAxis
				type="number"
				domain={domain}
				allowDataOverflow
				tickFormatter={(v: number) => formatNumber(v, 1, lang)}
				tick={{ fill: "var(--muted)", fontSize: 12 }}
			/>
			<YAxis
				type="category"
				dataKey="label"
				width={210}
				tick={<WrappedTick maxChars={30} />}
				interval={0}
			/>
			<Tooltip
				formatter={(value, key) => [
					formatNumber(Number(value), 2, lang),
					names[key as keyof typeof names] ?? String(key),
				]}
				contentStyle={{
					background: "var(--surface)",
					border: "1px solid var(--grid)",
				}}
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
								hollow={series.key === "ours" && synthetic}
								label={`${row.label}, ${names[series.key]}: ${formatNumber(row[series.key], 2, lang)}`}
							/>
						);
					}}
				/>
			))}
		</BarChart>
	);
	if (width !== undefined) return chart;
	return (
		<ResponsiveContainer width="100%" height={height}>
			{chart}
		</ResponsiveContainer>
	);
}
