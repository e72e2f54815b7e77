import { focusProps } from "../../charts/chartProps.ts";
import { ProvenanceCircle } from "../../charts/parts.tsx";
import { formatYear, type Lang } from "../../i18n/format.ts";
import { provenanceLabel } from "../../i18n/terms.ts";
import { OVERVIEW_MESSAGES } from "./messages.ts";
import type { RankTrendRow } from "./rankTrendData.ts";

interface DotProps {
	cx?: number;
	cy?: number;
	payload?: RankTrendRow;
	lang?: Lang;
	selectedYear?: number | null;
}

/** Filled dots for published (and imported) figures, hollow for synthetic ones, so they can be told apart in print too. */
export function ProvenanceDot({
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
	const m = OVERVIEW_MESSAGES[lang].trend;
	const provenance = provenanceLabel(payload.provenance, lang);
	const label =
		payload.after && selectedYear != null
			? m.dotAfter(payload.year, payload.rank, provenance, selectedYear)
			: m.dot(payload.year, payload.rank, provenance);
	return (
		<g opacity={payload.after ? 0.5 : 1} data-after={payload.after}>
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

/** The projected rank at the end of the dashed line, as a diamond. */
export function ProjectionDot({
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
		payload.projection === null ||
		payload.year !== last
	)
		return null;
	const [low, high] = payload.band ?? [payload.projection, payload.projection];
	const label = OVERVIEW_MESSAGES[lang].trend.projection(
		payload.year,
		payload.projection,
		low,
		high,
	);
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

export function RankTooltip({
	active,
	payload,
	lang,
	selectedYear,
}: TooltipProps & { selectedYear?: number | null }) {
	const row = payload?.[0]?.payload;
	if (!active || !row) return null;
	const m = OVERVIEW_MESSAGES[lang].trend;
	return (
		<div className="chart-tooltip">
			<strong>{formatYear(row.year)}</strong>
			{row.rank !== null && row.provenance && (
				<div>
					{m.rankWithProvenance(
						row.rank,
						provenanceLabel(row.provenance, lang),
					)}
				</div>
			)}
			{row.after && selectedYear != null && (
				<div className="muted">{m.afterYear(selectedYear)}</div>
			)}
			{row.rank === null && row.projection !== null && row.band && (
				<div>
					{m.projectionTooltip(row.projection, row.band[0], row.band[1])}
				</div>
			)}
		</div>
	);
}
