import {
	CartesianGrid,
	Line,
	LineChart,
	ReferenceLine,
	ResponsiveContainer,
	Tooltip,
	XAxis,
	YAxis,
} from "recharts";
import { formatNumber, type Lang } from "../i18n/format.ts";
import { provenanceLabel } from "../provenance.ts";
import { gradeBandAreas, gradeBandLegend } from "./InsiktAreasChart.tsx";
import { type NkiTrendRow, nkiTicks } from "./util/insiktData.ts";
import type { LegendItem } from "./util/legend.ts";

export interface DefinitionBreakMark {
	year: number;
	label: string;
}

export function nkiTrendLegend(
	name: string,
	lang: Lang,
	synthetic: boolean,
	hasBreak: boolean,
): LegendItem[] {
	const items: LegendItem[] = [
		{
			label: `${name} (${lang === "sv" ? "publicerad" : "published"})`,
			color: "var(--chart-line)",
			shape: "dot",
		},
	];
	if (synthetic)
		items.push({
			label:
				lang === "sv" ? "Exempeldata (syntetisk)" : "Example data (synthetic)",
			color: "var(--chart-line)",
			shape: "hollow",
		});
	items.push({
		label: lang === "sv" ? "Riket" : "National",
		color: "var(--muted)",
		shape: "dashed",
	});
	if (hasBreak)
		items.push({
			label: lang === "sv" ? "Definitionsbrott" : "Definition break",
			color: "var(--target)",
			shape: "line",
		});
	return [...items, ...gradeBandLegend(lang)];
}

interface DotProps {
	cx?: number;
	cy?: number;
	payload?: NkiTrendRow;
	lang?: Lang;
}

function NkiDot({ cx, cy, payload, lang = "sv" }: DotProps) {
	if (
		cx === undefined ||
		cy === undefined ||
		!payload ||
		payload.value === null ||
		!payload.provenance
	)
		return null;
	const label = `${payload.year}: NKI ${formatNumber(payload.value, 0, lang)} (${provenanceLabel(payload.provenance, lang)})`;
	return (
		<circle
			cx={cx}
			cy={cy}
			r={5}
			strokeWidth={2}
			stroke="var(--chart-line)"
			fill={
				payload.provenance === "synthetic"
					? "var(--surface)"
					: "var(--chart-line)"
			}
			className="nki-dot focus-dot"
			data-provenance={payload.provenance}
			data-year={payload.year}
			data-focus-dot=""
			tabIndex={0}
			aria-label={label}
		>
			<title>{label}</title>
		</circle>
	);
}

/** NKI totalt per year against Riket, with the grade bands and each definition break marked. */
export function NkiTrendChart({
	rows,
	domain,
	breaks,
	lang,
	width,
	height = 300,
}: {
	rows: NkiTrendRow[];
	domain: [number, number];
	breaks: DefinitionBreakMark[];
	lang: Lang;
	width?: number;
	height?: number;
}) {
	const first = rows[0]?.year ?? 0;
	const last = rows.at(-1)?.year ?? 0;
	const chart = (
		<LineChart
			data={rows}
			width={width}
			height={width === undefined ? undefined : height}
			margin={{ top: 22, right: 16, bottom: 8, left: 0 }}
		>
			{gradeBandAreas(domain)}
			<CartesianGrid stroke="var(--grid)" vertical={false} />
			<XAxis
				dataKey="year"
				type="number"
				domain={[first - 0.5, last + 0.5]}
				ticks={rows.map((r) => r.year)}
				interval={0}
				tick={{ fill: "var(--muted)", fontSize: 12 }}
			/>
			<YAxis
				domain={domain}
				ticks={nkiTicks(domain)}
				allowDataOverflow
				width={40}
				tick={{ fill: "var(--muted)", fontSize: 12 }}
			/>
			{breaks
				.filter((b) => b.year > first && b.year <= last)
				.map((b) => (
					<ReferenceLine
						key={b.year}
						x={b.year - 0.5}
						stroke="var(--target)"
						strokeWidth={1.5}
						label={{
							value: b.label,
							position: "top",
							fill: "var(--target)",
							fontSize: 11,
						}}
					/>
				))}
			<Tooltip
				formatter={(value, key) => [
					formatNumber(Number(value), 1, lang),
					key === "riket" ? (lang === "sv" ? "Riket" : "National") : "NKI",
				]}
				labelFormatter={(label) => String(label)}
				contentStyle={{
					background: "var(--surface)",
					border: "1px solid var(--grid)",
				}}
			/>
			<Line
				dataKey="riket"
				stroke="var(--muted)"
				strokeDasharray="5 4"
				strokeWidth={2}
				dot={false}
				activeDot={false}
				isAnimationActive={false}
				connectNulls
			/>
			<Line
				dataKey="value"
				stroke="var(--chart-line)"
				strokeWidth={2}
				dot={<NkiDot lang={lang} />}
				activeDot={false}
				isAnimationActive={false}
				connectNulls
			/>
		</LineChart>
	);
	if (width !== undefined) return chart;
	return (
		<ResponsiveContainer width="100%" height={height}>
			{chart}
		</ResponsiveContainer>
	);
}
