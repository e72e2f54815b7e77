/** The baseline shift Recharts' own tick text uses for each vertical anchor (one line, cap height 0.71em). */
const DY = { start: "0.71em", middle: "0.355em", end: "0em" } as const;

type VerticalAnchor = keyof typeof DY;

interface AxisTickProps {
	x?: number | string;
	y?: number | string;
	payload?: { value?: unknown };
	index?: number;
	textAnchor?: "start" | "middle" | "end" | "inherit";
	verticalAnchor?: VerticalAnchor;
	tickFormatter?: (value: unknown, index: number) => string;
	fill?: string;
	fontSize?: number | string;
	className?: string;
}

/**
 * A one-line axis label as plain SVG text, placed as Recharts places its own. Recharts' <Text>
 * measures every label in the DOM (a forced layout each) to wrap it to the axis width, which a
 * tick never needs: on a chart's first render that was most of the axes' cost.
 */
export function AxisTick({
	x = 0,
	y = 0,
	payload,
	index = 0,
	textAnchor = "middle",
	verticalAnchor = "start",
	tickFormatter,
	fill,
	fontSize,
	className,
}: AxisTickProps) {
	const value = payload?.value;
	const text = tickFormatter ? tickFormatter(value, index) : String(value);
	return (
		<text
			x={Number(x)}
			y={Number(y)}
			textAnchor={textAnchor}
			fill={fill}
			fontSize={fontSize}
			stroke="none"
			className={className}
		>
			<tspan x={Number(x)} dy={DY[verticalAnchor] ?? DY.start}>
				{text}
			</tspan>
		</text>
	);
}
