/** Years of history a route answers with when no `from` is given. */
export const HISTORY_YEARS = 15;

/** Which years an answer covers, so a client can tell that older years exist. */
export interface HistoryRange {
	/** First year shown (the asked `from` when no year is that recent); null without any. */
	from: number | null;
	/** Last year shown; null when none is. */
	to: number | null;
	/** First stored year; older than `from` means there is more to show. */
	earliestYear: number | null;
}

export interface HistoryWindow {
	/** The years to show, oldest first. */
	years: number[];
	/** The available years before the window, oldest first. */
	earlier: number[];
	history: HistoryRange;
}

/**
 * The years a history answer covers: with `from`, every available year from it on; without, the
 * latest `size`. Keeps answers the same size however much history is stored.
 */
export function historyWindow(
	available: readonly number[],
	from?: number,
	size: number = HISTORY_YEARS,
): HistoryWindow {
	const sorted = [...new Set(available)].sort((a, b) => a - b);
	const start =
		from === undefined
			? Math.max(0, sorted.length - size)
			: firstIndexFrom(sorted, from);
	const years = sorted.slice(start);
	return {
		years,
		earlier: sorted.slice(0, start),
		history: {
			from: years[0] ?? from ?? null,
			to: years.at(-1) ?? null,
			earliestYear: sorted[0] ?? null,
		},
	};
}

function firstIndexFrom(sorted: readonly number[], from: number): number {
	const index = sorted.findIndex((year) => year >= from);
	return index === -1 ? sorted.length : index;
}

/**
 * The window's description for one subject (a municipality, a peer set): its earliest year is the
 * first it has figures for, not the first any municipality has, so a note about older years only
 * appears when there is something older to show for it.
 */
export function subjectHistory(
	window: HistoryWindow,
	earliestBeforeWindow: number | null,
	firstInWindow: number | null,
): HistoryRange {
	return {
		...window.history,
		earliestYear: earliestBeforeWindow ?? firstInWindow,
	};
}
