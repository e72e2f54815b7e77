import {
	SERVICE_FACTOR_IDS,
	TOTAL_INSIKT_AREA,
} from "../../../domain/insikt.ts";
import { focusProps } from "../../charts/chartProps.ts";
import { CHART_MESSAGES } from "../../charts/messages.ts";
import { formatNumber, type Lang } from "../../i18n/format.ts";
import { areaLabel, serviceFactorLabel } from "../../i18n/terms.ts";
import { ScrollRegion } from "../../ui/ScrollRegion.tsx";
import { type HeatmapCell, heatColor } from "./insiktData.ts";
import { INSIKT_MESSAGES } from "./messages.ts";

const LABEL_WIDTH = 170;
const CELL_WIDTH = 92;
const CELL_HEIGHT = 36;
const HEADER_HEIGHT = 34;
const GAP = 3;

/**
 * Areas × service factors as an SVG grid (so it exports to PNG like the other charts): each cell
 * coloured by its 0–100 index, with the value written in it; synthetic cells have a dashed edge.
 */
export function ServiceHeatmap({
	rows,
	title,
	lang,
}: {
	rows: { area: string; cells: HeatmapCell[] }[];
	title: string;
	lang: Lang;
}) {
	const width = LABEL_WIDTH + SERVICE_FACTOR_IDS.length * (CELL_WIDTH + GAP);
	const height = HEADER_HEIGHT + rows.length * (CELL_HEIGHT + GAP);
	return (
		<ScrollRegion label={title}>
			<svg
				className="chart-svg heatmap-svg"
				width={width}
				height={height}
				viewBox={`0 0 ${width} ${height}`}
				fontFamily="inherit"
			>
				<title>{title}</title>
				{SERVICE_FACTOR_IDS.map((id, i) => (
					<text
						key={id}
						x={LABEL_WIDTH + i * (CELL_WIDTH + GAP) + CELL_WIDTH / 2}
						y={HEADER_HEIGHT - 10}
						textAnchor="middle"
						fontSize={12}
						fill="var(--muted)"
					>
						{serviceFactorLabel(id, lang)}
					</text>
				))}
				{rows.map((row, r) => {
					const y = HEADER_HEIGHT + r * (CELL_HEIGHT + GAP);
					return (
						<g key={row.area}>
							<text
								x={0}
								y={y + CELL_HEIGHT / 2 + 4}
								fontSize={13}
								fill="var(--text)"
								fontWeight={row.area === TOTAL_INSIKT_AREA ? 700 : 400}
							>
								{areaLabel(row.area, lang)}
							</text>
							{row.cells.map((cell, c) => (
								<HeatCell
									key={cell.measure}
									cell={cell}
									x={LABEL_WIDTH + c * (CELL_WIDTH + GAP)}
									y={y}
									lang={lang}
								/>
							))}
						</g>
					);
				})}
			</svg>
		</ScrollRegion>
	);
}

function cellLabel(cell: HeatmapCell, lang: Lang): string {
	const m = INSIKT_MESSAGES[lang].heatmap;
	const value =
		cell.value === null ? m.missing : formatNumber(cell.value, 0, lang);
	const suffix =
		cell.provenance === "synthetic"
			? CHART_MESSAGES[lang].exampleDataSuffix
			: "";
	return m.cell(
		areaLabel(cell.area, lang),
		serviceFactorLabel(cell.measure, lang),
		value,
		suffix,
	);
}

function HeatCell({
	cell,
	x,
	y,
	lang,
}: {
	cell: HeatmapCell;
	x: number;
	y: number;
	lang: Lang;
}) {
	const colour = heatColor(cell.value);
	const synthetic = cell.provenance === "synthetic";
	const label = cellLabel(cell, lang);
	return (
		<g>
			<rect
				x={x}
				y={y}
				width={CELL_WIDTH}
				height={CELL_HEIGHT}
				rx={4}
				fill={cell.value === null ? "var(--surface-2)" : colour.background}
				stroke={synthetic ? "var(--synthetic-border)" : "none"}
				strokeDasharray={synthetic ? "4 3" : undefined}
				strokeWidth={1.5}
				className="heat-cell focus-dot"
				{...focusProps(label)}
			>
				<title>{label}</title>
			</rect>
			<text
				x={x + CELL_WIDTH / 2}
				y={y + CELL_HEIGHT / 2 + 5}
				textAnchor="middle"
				fontSize={14}
				fontWeight={600}
				fill={cell.value === null ? "var(--muted)" : colour.text}
				pointerEvents="none"
			>
				{cell.value === null ? "–" : formatNumber(cell.value, 0, lang)}
			</text>
		</g>
	);
}
