import { focusProps } from "../../charts/chartProps.ts";
import { formatNumber, type Lang } from "../../i18n/format.ts";
import {
	areaLabel,
	type HeatmapCell,
	heatColor,
	SERVICE_FACTORS,
} from "./insiktData.ts";

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
	const width = LABEL_WIDTH + SERVICE_FACTORS.length * (CELL_WIDTH + GAP);
	const height = HEADER_HEIGHT + rows.length * (CELL_HEIGHT + GAP);
	return (
		<div className="table-scroll">
			<svg
				className="chart-svg heatmap-svg"
				width={width}
				height={height}
				viewBox={`0 0 ${width} ${height}`}
				fontFamily="inherit"
			>
				<title>{title}</title>
				{SERVICE_FACTORS.map((f, i) => (
					<text
						key={f.id}
						x={LABEL_WIDTH + i * (CELL_WIDTH + GAP) + CELL_WIDTH / 2}
						y={HEADER_HEIGHT - 10}
						textAnchor="middle"
						fontSize={12}
						fill="var(--muted)"
					>
						{f[lang]}
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
								fontWeight={row.area === "totalt" ? 700 : 400}
							>
								{areaLabel(row.area, lang)}
							</text>
							{row.cells.map((cell, c) => {
								const x = LABEL_WIDTH + c * (CELL_WIDTH + GAP);
								const colour = heatColor(cell.value);
								const factor = SERVICE_FACTORS[c]?.[lang] ?? cell.measure;
								const label = `${areaLabel(row.area, lang)}, ${factor}: ${cell.value === null ? (lang === "sv" ? "saknas" : "missing") : formatNumber(cell.value, 0, lang)}${cell.provenance === "synthetic" ? (lang === "sv" ? " (exempeldata)" : " (example data)") : ""}`;
								return (
									<g key={cell.measure}>
										<rect
											x={x}
											y={y}
											width={CELL_WIDTH}
											height={CELL_HEIGHT}
											rx={4}
											fill={
												cell.value === null
													? "var(--surface-2)"
													: colour.background
											}
											stroke={
												cell.provenance === "synthetic"
													? "var(--synthetic-border)"
													: "none"
											}
											strokeDasharray={
												cell.provenance === "synthetic" ? "4 3" : undefined
											}
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
											{cell.value === null
												? "–"
												: formatNumber(cell.value, 0, lang)}
										</text>
									</g>
								);
							})}
						</g>
					);
				})}
			</svg>
		</div>
	);
}
