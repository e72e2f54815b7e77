import type { HistoryRange } from "../../analysis/historyWindow.ts";

export interface OlderYears {
	/** First year shown (or asked for, when none is shown). */
	from: number;
	/** Last year shown; null when none is. */
	to: number | null;
	earliestYear: number;
}

/** What a history note says: the years shown and the older ones there are; null when none are older. */
export function olderYears(history: HistoryRange): OlderYears | null {
	const { from, to, earliestYear } = history;
	if (from === null || earliestYear === null || earliestYear >= from)
		return null;
	return { from, to, earliestYear };
}
