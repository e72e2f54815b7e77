import {
	CartesianGrid,
	Line,
	LineChart,
	ReferenceLine,
	Tooltip,
	XAxis,
	YAxis,
} from "recharts";
import {
	chartSize,
	lineLabel,
	nkiAxisProps,
	nkiTooltipFormatter,
	ROW_GRID,
	STATIC_LINE,
	TOOLTIP_STYLE,
	yearAxisProps,
	yearTickInterval,
} from "../../charts/chartProps.ts";
import { FitChart, ProvenanceCircle } from "../../charts/parts.tsx";
import { formatYear, type Lang } from "../../i18n/format.ts";
import { provenanceLabel } from "../../i18n/terms.ts";
import { gradeBandAreas } from "./gradeBands.tsx";
import type { NkiTrendRow } from "./insiktData.ts";
import { INSIKT_MESSAGES } from "./messages.ts";

export interface DefinitionBreakMark {
	year: number;
	label: string;
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
	const label = INSIKT_MESSAGES[lang].trend.dot(
		payload.year,
		payload.value,
		provenanceLabel(payload.provenance, lang),
	);
	return (
		<ProvenanceCircle
			cx={cx}
			cy={cy}
			provenance={payload.provenance}
			year={payload.year}
			label={label}
			className="nki-dot focus-dot"
		/>
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
			{...chartSize(width, height)}
			margin={{ top: 22, right: 16, bottom: 8, left: 0 }}
		>
			{gradeBandAreas(domain)}
			<CartesianGrid {...ROW_GRID} />
			<XAxis
				{...yearAxisProps(rows.map((r) => r.year))}
				interval={yearTickInterval(rows.length)}
			/>
			<YAxis {...nkiAxisProps(domain)} />
			{breaks
				.filter((b) => b.year > first && b.year <= last)
				.map((b) => (
					<ReferenceLine
						key={b.year}
						x={b.year - 0.5}
						stroke="var(--target)"
						strokeWidth={1.5}
						label={lineLabel(b.label, "top", "var(--target)")}
					/>
				))}
			<Tooltip
				formatter={nkiTooltipFormatter(lang)}
				labelFormatter={(label) => formatYear(Number(label))}
				contentStyle={TOOLTIP_STYLE}
			/>
			<Line
				dataKey="riket"
				stroke="var(--muted)"
				strokeDasharray="5 4"
				strokeWidth={2}
				dot={false}
				{...STATIC_LINE}
			/>
			<Line
				dataKey="value"
				stroke="var(--chart-line)"
				strokeWidth={2}
				dot={<NkiDot lang={lang} />}
				{...STATIC_LINE}
			/>
		</LineChart>
	);
	return (
		<FitChart width={width} height={height}>
			{chart}
		</FitChart>
	);
}
