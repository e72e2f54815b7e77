import {
	Area,
	CartesianGrid,
	ComposedChart,
	Line,
	ReferenceLine,
	Tooltip,
	XAxis,
	YAxis,
} from "recharts";
import {
	AXIS_TICK,
	chartSize,
	focusProps,
	rankAxisProps,
	STATIC_LINE,
	yearAxisProps,
	yearTickInterval,
} from "../../charts/chartProps.ts";
import type { LegendItem } from "../../charts/legend.ts";
import { FitChart, ProvenanceCircle } from "../../charts/parts.tsx";
import { translate } from "../../i18n/dictionary.ts";
import { formatRank, type Lang } from "../../i18n/format.ts";
import { provenanceLabel } from "../../i18n/provenance.ts";
import {
	methodChangeX,
	type RankTrendRow,
	rankAxisDomain,
} from "./rankTrendData.ts";

export interface RankTrendChartProps {
	rows: RankTrendRow[];
	targetYear: number | null;
	targetRank: number;
	/** The year the page is about, ringed in the chart. */
	selectedYear: number | null;
	lang: Lang;
	/** Fixed size for print; without it the chart fills its container. */
	width?: number;
	height?: number;
}

interface DotProps {
	cx?: number;
	cy?: number;
	payload?: RankTrendRow;
	lang?: Lang;
	selectedYear?: number | null;
}

/** Filled dots for published (and imported) figures, hollow for synthetic ones, so they can be told apart in print too. */
function ProvenanceDot({
	cx,
	cy,
	payload,
	lang = "sv",
	selectedYear,
}: DotProps) {
	if (
		cx === undefined ||
		cy === undefined ||
		!payload ||
		payload.rank === null ||
		!payload.provenance
	)
		return null;
	const label = `${payload.year}: ${formatRank(payload.rank, lang)} ${lang === "sv" ? "plats" : "place"} (${provenanceLabel(payload.provenance, lang)})`;
	return (
		<g>
			{payload.year === selectedYear && (
				<circle
					cx={cx}
					cy={cy}
					r={9}
					fill="none"
					stroke="var(--chart-line)"
					strokeOpacity={0.5}
				/>
			)}
			<ProvenanceCircle
				cx={cx}
				cy={cy}
				provenance={payload.provenance}
				year={payload.year}
				rank={payload.rank}
				label={label}
				className="rank-dot focus-dot"
			/>
		</g>
	);
}

function ProjectionDot({
	cx,
	cy,
	payload,
	lang = "sv",
	last,
}: DotProps & { last: number | null }) {
	if (
		cx === undefined ||
		cy === undefined ||
		!payload ||
		payload.projection === null
	)
		return null;
	if (payload.year !== last) return null;
	const [low, high] = payload.band ?? [null, null];
	const label =
		lang === "sv"
			? `Prognos ${payload.year}: ${formatRank(payload.projection, lang)} plats (80 %: ${low}–${high})`
			: `Projection ${payload.year}: ${formatRank(payload.projection, lang)} (80%: ${low}–${high})`;
	return (
		<path
			d={`M${cx},${cy - 6}L${cx + 6},${cy}L${cx},${cy + 6}L${cx - 6},${cy}Z`}
			fill="var(--surface)"
			stroke="var(--projection)"
			strokeWidth={2}
			className="projection-dot focus-dot"
			{...focusProps(label)}
		>
			<title>{label}</title>
		</path>
	);
}

interface TooltipProps {
	active?: boolean;
	payload?: readonly { payload?: RankTrendRow }[];
	lang: Lang;
}

function RankTooltip({ active, payload, lang }: TooltipProps) {
	const row = payload?.[0]?.payload;
	if (!active || !row) return null;
	return (
		<div className="chart-tooltip">
			<strong>{row.year}</strong>
			{row.rank !== null && row.provenance && (
				<div>
					{formatRank(row.rank, lang)} {lang === "sv" ? "plats" : "place"} (
					{provenanceLabel(row.provenance, lang)})
				</div>
			)}
			{row.rank === null && row.projection !== null && row.band && (
				<div>
					{lang === "sv" ? "Prognos" : "Projection"}{" "}
					{formatRank(row.projection, lang)} ({row.band[0]}–{row.band[1]})
				</div>
			)}
		</div>
	);
}

export function RankTrendChart({
	rows,
	targetYear,
	targetRank,
	selectedYear,
	lang,
	width,
	height = 320,
}: RankTrendChartProps) {
	const bandWorst = rows.flatMap((r) => (r.band ? [r.band[1]] : []));
	const domain = rankAxisDomain(rows, bandWorst);
	const methodX = methodChangeX(
		rows.filter((r) => r.rank !== null || r.projection !== null),
	);
	const projectionEnd =
		rows.findLast((r) => r.projection !== null)?.year ?? null;
	const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
	const narrow =
		width === undefined &&
		typeof window !== "undefined" &&
		window.innerWidth < 500;
	const chart = (
		<ComposedChart
			data={rows}
			{...chartSize(width, height)}
			margin={{ top: 22, right: 16, bottom: 8, left: 0 }}
			className="chart-svg-host"
		>
			<CartesianGrid stroke="var(--grid)" vertical={false} />
			<XAxis
				{...yearAxisProps(rows.map((r) => r.year))}
				interval={yearTickInterval(rows.length, narrow)}
				minTickGap={4}
				allowDecimals={false}
			/>
			<YAxis
				{...rankAxisProps(domain)}
				allowDecimals={false}
				label={{
					value: lang === "sv" ? "Placering" : "Rank",
					angle: -90,
					position: "insideLeft",
					offset: 10,
					...AXIS_TICK,
				}}
			/>
			<Area
				dataKey="band"
				stroke="none"
				fill="var(--projection)"
				fillOpacity={0.15}
				isAnimationActive={false}
				activeDot={false}
				legendType="none"
			/>
			<ReferenceLine
				y={targetRank}
				stroke="var(--target)"
				strokeDasharray="6 4"
				label={{
					value: t("legend.top10"),
					position: "insideBottomLeft",
					fill: "var(--target)",
					fontSize: 12,
				}}
			/>
			{methodX !== null && (
				<ReferenceLine
					x={methodX}
					stroke="var(--muted)"
					strokeDasharray="2 3"
					label={{
						value: t("legend.methodChange"),
						position: "top",
						fill: "var(--muted)",
						fontSize: 11,
					}}
				/>
			)}
			{targetYear !== null && (
				<ReferenceLine
					x={targetYear}
					stroke="var(--target)"
					strokeWidth={1.5}
					label={{
						value: lang === "sv" ? `Mål ${targetYear}` : `Target ${targetYear}`,
						position: "insideTopRight",
						fill: "var(--target)",
						fontSize: 11,
					}}
				/>
			)}
			<Tooltip content={<RankTooltip lang={lang} />} />
			<Line
				type="linear"
				dataKey="projection"
				stroke="var(--projection)"
				strokeWidth={2}
				strokeDasharray="5 4"
				dot={<ProjectionDot lang={lang} last={projectionEnd} />}
				{...STATIC_LINE}
			/>
			<Line
				type="linear"
				dataKey="rank"
				name={lang === "sv" ? "Placering" : "Rank"}
				stroke="var(--chart-line)"
				strokeWidth={2}
				dot={<ProvenanceDot lang={lang} selectedYear={selectedYear} />}
				{...STATIC_LINE}
			/>
		</ComposedChart>
	);
	return (
		<FitChart width={width} height={height}>
			{chart}
		</FitChart>
	);
}

/** The legend entries for the rank chart, matching what is drawn. */
export function rankTrendLegend(
	lang: Lang,
	options: {
		synthetic: boolean;
		imported: boolean;
		projection: boolean;
		methodChange: boolean;
		target: boolean;
	},
): LegendItem[] {
	const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
	const items: LegendItem[] = [
		{
			label: options.imported
				? lang === "sv"
					? "Publicerad eller importerad"
					: "Published or imported"
				: t("legend.published"),
			color: "var(--chart-line)",
			shape: "dot",
		},
	];
	if (options.synthetic)
		items.push({
			label: t("legend.synthetic"),
			color: "var(--chart-line)",
			shape: "hollow",
		});
	items.push({
		label: t("legend.top10"),
		color: "var(--target)",
		shape: "dashed",
	});
	if (options.projection)
		items.push({
			label: t("legend.projection"),
			color: "var(--projection)",
			shape: "band",
		});
	if (options.target)
		items.push({
			label: t("legend.target"),
			color: "var(--target)",
			shape: "line",
		});
	if (options.methodChange)
		items.push({
			label:
				lang === "sv"
					? "Ny metod 2020 (17 i stället för 18 faktorer)"
					: "New method 2020 (17 instead of 18 factors)",
			color: "var(--muted)",
			shape: "dashed",
		});
	return items;
}
