import {
	CartesianGrid,
	Line,
	LineChart,
	ReferenceLine,
	Tooltip,
	XAxis,
	YAxis,
} from "recharts";
import { TOP_RANK } from "../../../domain/ids.ts";
import type { Provenance } from "../../../domain/provenance.ts";
import { rankAxisDomain } from "../../charts/axes.ts";
import {
	chartSize,
	focusProps,
	rankAxisProps,
	STATIC_LINE,
	TOOLTIP_STYLE,
	yearAxisProps,
} from "../../charts/chartProps.ts";
import { CHART_MESSAGES } from "../../charts/messages.ts";
import { FitChart } from "../../charts/parts.tsx";
import { formatRank, type Lang } from "../../i18n/format.ts";
import type { MultiRankPoint, PeerSeries } from "./compareData.ts";
import { COMPARE_MESSAGES } from "./messages.ts";

interface DotProps {
	cx?: number;
	cy?: number;
	payload?: MultiRankPoint;
	series: PeerSeries;
	provenance: ReadonlyMap<string, Provenance>;
	lang: Lang;
}

function PeerDot({ cx, cy, payload, series, provenance, lang }: DotProps) {
	if (cx === undefined || cy === undefined || !payload) return null;
	const rank = payload[series.code];
	if (rank === null || rank === undefined) return null;
	const synthetic =
		provenance.get(`${series.code}:${payload.year}`) === "synthetic";
	const label = `${COMPARE_MESSAGES[lang].dot(series.name, payload.year, rank)}${synthetic ? CHART_MESSAGES[lang].exampleDataSuffix : ""}`;
	return (
		<circle
			cx={cx}
			cy={cy}
			r={series.isChosen ? 4.5 : 3}
			stroke={series.color}
			strokeWidth={series.isChosen ? 2 : 1.5}
			fill={synthetic ? "var(--surface)" : series.color}
			className="focus-dot peer-dot"
			data-code={series.code}
			data-year={payload.year}
			{...focusProps(label, series.isChosen ? 0 : -1)}
		>
			<title>{label}</title>
		</circle>
	);
}

/** Every peer's rank per year; the chosen municipality drawn boldly, the others thinner. */
export function MultiRankChart({
	data,
	series,
	provenance,
	lang,
	width,
	height = 360,
}: {
	data: MultiRankPoint[];
	series: PeerSeries[];
	provenance: ReadonlyMap<string, Provenance>;
	lang: Lang;
	width?: number;
	height?: number;
}) {
	const ranks = data.flatMap((d) =>
		series.map((s) => ({ rank: d[s.code] ?? null })),
	);
	const domain = rankAxisDomain(ranks);
	const names = new Map(series.map((s) => [s.code, s.name]));
	const ordered = [...series].sort(
		(a, b) => Number(a.isChosen) - Number(b.isChosen),
	);
	const chart = (
		<LineChart
			data={data}
			{...chartSize(width, height)}
			margin={{ top: 12, right: 16, bottom: 8, left: 0 }}
		>
			<CartesianGrid stroke="var(--grid)" vertical={false} />
			<XAxis
				{...yearAxisProps(data.map((d) => d.year))}
				interval="preserveStartEnd"
			/>
			<YAxis {...rankAxisProps(domain)} />
			<ReferenceLine
				y={TOP_RANK}
				stroke="var(--target)"
				strokeDasharray="6 4"
			/>
			<Tooltip
				itemSorter={(item) => Number(item.value)}
				formatter={(value, key) => [
					formatRank(Number(value), lang),
					names.get(String(key)) ?? String(key),
				]}
				contentStyle={{ ...TOOLTIP_STYLE, fontSize: 13 }}
			/>
			{ordered.map((s) => (
				<Line
					key={s.code}
					dataKey={s.code}
					name={s.code}
					stroke={s.color}
					strokeWidth={s.isChosen ? 3 : 1.5}
					strokeOpacity={s.isChosen ? 1 : 0.8}
					dot={<PeerDot series={s} provenance={provenance} lang={lang} />}
					{...STATIC_LINE}
				/>
			))}
		</LineChart>
	);
	return (
		<FitChart width={width} height={height}>
			{chart}
		</FitChart>
	);
}
