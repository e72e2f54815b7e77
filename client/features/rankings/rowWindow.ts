/** The rows a long table renders: [start, end), with the heights of the rows left out above and below. */
export interface RowWindow {
	start: number;
	end: number;
	/** Pixels of rows not rendered above the window, and below it. */
	before: number;
	after: number;
}

export interface RowMetrics {
	scrollTop: number;
	/** The scroll region's visible height. */
	viewport: number;
	/** The table head's height (the body starts below it). */
	head: number;
	rowHeight: number;
}

/** Rows rendered beyond the visible ones on each side, so a fast scroll shows no gap. */
export const OVERSCAN = 20;
/** Tables with at most this many rows render every row. */
export const WINDOW_FROM = 80;

/**
 * Which rows to render for a scroll position: the visible ones and OVERSCAN more each side. A
 * table of 290 rows × 20 columns then lays out about 60 rows when it is sorted, not all 290.
 */
export function rowWindow(
	count: number,
	{ scrollTop, viewport, head, rowHeight }: RowMetrics,
	renderAll = false,
): RowWindow {
	if (renderAll || count <= WINDOW_FROM || rowHeight <= 0)
		return { start: 0, end: count, before: 0, after: 0 };
	const top = Math.max(0, scrollTop - head);
	const first = Math.floor(top / rowHeight);
	const visible = Math.ceil(viewport / rowHeight) + 1;
	const start = Math.max(
		0,
		Math.min(first - OVERSCAN, count - visible - OVERSCAN),
	);
	const end = Math.min(count, first + visible + OVERSCAN);
	return {
		start,
		end,
		before: start * rowHeight,
		after: (count - end) * rowHeight,
	};
}

/** The scrollTop that brings a row to the middle of the region. */
export function scrollTopFor(index: number, metrics: RowMetrics): number {
	return Math.max(
		0,
		metrics.head +
			index * metrics.rowHeight -
			(metrics.viewport - metrics.rowHeight) / 2,
	);
}
