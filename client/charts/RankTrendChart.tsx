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
import { formatRank } from "../i18n/format.ts";
import { PROVENANCE_LABELS } from "../provenance.ts";
import {
	type RankChartPoint,
	rankAxisDomain,
	rankAxisTicks,
} from "./util/rankChartData.ts";

interface RankTrendChartProps {
	points: RankChartPoint[];
	municipalityName: string;
}

interface DotProps {
	cx?: number;
	cy?: number;
	payload?: RankChartPoint;
}

/** Filled dots for published figures, hollow for anything else, so the two can be told apart in print too. */
function ProvenanceDot({ cx, cy, payload }: DotProps) {
	if (cx === undefined || cy === undefined || !payload) return null;
	const isPublished = payload.provenance === "published";
	return (
		<circle
			cx={cx}
			cy={cy}
			r={5}
			strokeWidth={2}
			stroke="var(--chart-line)"
			fill={isPublished ? "var(--chart-line)" : "var(--surface)"}
			data-provenance={payload.provenance}
			data-year={payload.year}
			data-rank={payload.rank ?? ""}
			className="rank-dot"
		/>
	);
}

export function RankTrendChart({
	points,
	municipalityName,
}: RankTrendChartProps) {
	if (points.length === 0)
		return (
			<p className="empty">Ingen placering finns för {municipalityName}.</p>
		);
	const domain = rankAxisDomain(points);
	return (
		<ResponsiveContainer width="100%" height={320}>
			<LineChart
				data={points}
				margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
			>
				<CartesianGrid stroke="var(--grid)" vertical={false} />
				<XAxis dataKey="year" type="category" tick={{ fill: "var(--muted)" }} />
				<YAxis
					reversed
					domain={domain}
					ticks={rankAxisTicks(domain)}
					allowDecimals={false}
					tick={{ fill: "var(--muted)" }}
					label={{
						value: "Placering",
						angle: -90,
						position: "insideLeft",
						fill: "var(--muted)",
					}}
				/>
				<ReferenceLine
					y={10}
					stroke="var(--target)"
					strokeDasharray="6 4"
					label={{
						value: "Topp 10",
						position: "insideTopRight",
						fill: "var(--target)",
					}}
				/>
				<Tooltip
					formatter={(value, _name, item) => {
						const point = item.payload as RankChartPoint;
						return [
							`${formatRank(Number(value))} (${PROVENANCE_LABELS[point.provenance]})`,
							"Placering",
						];
					}}
				/>
				<Line
					type="linear"
					dataKey="rank"
					name="Placering"
					stroke="var(--chart-line)"
					strokeWidth={2}
					dot={<ProvenanceDot />}
					isAnimationActive={false}
					connectNulls
				/>
			</LineChart>
		</ResponsiveContainer>
	);
}
