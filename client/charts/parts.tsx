import type { ReactElement } from "react";
import { type BarShapeProps, ResponsiveContainer } from "recharts";
import type { Provenance } from "../../domain/provenance.ts";
import { focusProps } from "./chartProps.ts";
import { wrapLabel } from "./labels.ts";

/** A bar that keyboard and screen-reader users can reach: tabIndex, role and a label. */
export function FocusBar({
	x,
	y,
	width,
	height,
	fill,
	label,
	className,
	hollow = false,
}: Pick<BarShapeProps, "x" | "y" | "width" | "height" | "fill"> & {
	label: string;
	className?: string;
	hollow?: boolean;
}) {
	const w = Math.abs(width);
	const h = Math.abs(height);
	const left = width < 0 ? x + width : x;
	const top = height < 0 ? y + height : y;
	return (
		<rect
			x={left}
			y={top}
			width={w}
			height={h}
			fill={hollow ? "var(--surface)" : fill}
			stroke={fill}
			strokeWidth={hollow ? 1.5 : 0}
			className={`focus-dot ${className ?? ""}`}
			{...focusProps(label)}
		>
			<title>{label}</title>
		</rect>
	);
}

interface TickProps {
	x?: number | string;
	y?: number | string;
	payload?: { value?: unknown };
	maxChars?: number;
	anchor?: "end" | "start" | "middle";
}

/** A category tick that wraps long factor names over two lines. */
export function WrappedTick({
	x = 0,
	y = 0,
	payload,
	maxChars = 26,
	anchor = "end",
}: TickProps) {
	const lines = wrapLabel(String(payload?.value ?? ""), maxChars);
	// A y-axis label is centred on its tick; an x-axis label hangs below the axis.
	const below = anchor === "middle";
	const offset = below ? -8 : ((lines.length - 1) * 13) / 2;
	return (
		<text
			x={Number(x)}
			y={Number(y) - offset}
			textAnchor={anchor}
			fill="var(--muted)"
			fontSize={below ? 11 : 12}
			dominantBaseline={below ? "hanging" : "middle"}
		>
			{lines.map((line, i) => (
				<tspan key={line} x={Number(x) - (below ? 0 : 4)} dy={i === 0 ? 0 : 13}>
					{line}
				</tspan>
			))}
		</text>
	);
}

/** A chart at a fixed size (print, PNG) when given a width, otherwise filling its container's width. */
export function FitChart({
	width,
	height,
	children,
}: {
	width: number | undefined;
	height: number;
	children: ReactElement;
}) {
	if (width !== undefined) return children;
	return (
		<ResponsiveContainer width="100%" height={height}>
			{children}
		</ResponsiveContainer>
	);
}

/** Props for the factor-name y-axis of a horizontal bar chart, narrower on small screens. */
export function labelAxisProps(narrow = false) {
	return {
		type: "category" as const,
		dataKey: "label",
		width: narrow ? 170 : 210,
		tick: <WrappedTick maxChars={narrow ? 24 : 30} />,
		interval: 0,
	};
}

/** A year's dot on a line chart: filled for published or imported figures, hollow for synthetic ones. */
export function ProvenanceCircle({
	cx,
	cy,
	provenance,
	year,
	rank,
	label,
	className,
}: {
	cx: number;
	cy: number;
	provenance: Provenance;
	year: number;
	rank?: number;
	label: string;
	className: string;
}) {
	return (
		<circle
			cx={cx}
			cy={cy}
			r={5}
			strokeWidth={2}
			stroke="var(--chart-line)"
			fill={provenance === "synthetic" ? "var(--surface)" : "var(--chart-line)"}
			className={className}
			data-provenance={provenance}
			data-year={year}
			data-rank={rank}
			{...focusProps(label)}
		>
			<title>{label}</title>
		</circle>
	);
}
