/** A legend entry, drawn the same way on screen and in the PNG. */
export type LegendShape =
	| "line"
	| "dashed"
	| "dot"
	| "hollow"
	| "band"
	| "square";

export interface LegendItem {
	label: string;
	/** A CSS colour or a CSS variable reference such as "var(--chart-line)". */
	color: string;
	shape: LegendShape;
}
