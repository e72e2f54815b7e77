import type { LegendItem } from "./legend.ts";

function Swatch({ item }: { item: LegendItem }) {
	const { color, shape } = item;
	return (
		<svg width="18" height="12" viewBox="0 0 18 12" aria-hidden="true">
			{(shape === "line" || shape === "dashed") && (
				<line
					x1="0"
					y1="6"
					x2="18"
					y2="6"
					stroke={color}
					strokeWidth="2"
					strokeDasharray={shape === "dashed" ? "5 3" : undefined}
				/>
			)}
			{(shape === "dot" || shape === "hollow") && (
				<circle
					cx="9"
					cy="6"
					r="4.5"
					stroke={color}
					strokeWidth="2"
					fill={shape === "dot" ? color : "var(--surface)"}
				/>
			)}
			{shape === "band" && (
				<rect x="0" y="1" width="18" height="10" fill={color} opacity="0.3" />
			)}
			{shape === "square" && (
				<rect x="3" y="0" width="12" height="12" fill={color} />
			)}
		</svg>
	);
}

/** The legend on screen; the PNG export draws the same entries. */
export function Legend({ items }: { items: readonly LegendItem[] }) {
	if (items.length === 0) return null;
	return (
		<ul className="legend-list">
			{items.map((item) => (
				<li key={item.label}>
					<Swatch item={item} /> {item.label}
				</li>
			))}
		</ul>
	);
}
