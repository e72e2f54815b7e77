import type { BarShapeProps } from "recharts";
import { wrapLabel } from "./util/labels.ts";

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
			data-focus-dot=""
			tabIndex={0}
			aria-label={label}
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
