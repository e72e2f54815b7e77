import { updateSearch, useLocation } from "../../state/router.ts";
import {
	PARAM,
	parseSort,
	type SortState,
	serialiseSort,
} from "../../state/urlState.ts";
import { firstDirection as compareFirstDirection } from "./compareData.ts";

export interface SortRules {
	/** The sort without `sortera` in the URL. */
	initial: SortState;
	/** The direction a column sorts in on its first click. */
	firstDirection: (key: string) => SortState["direction"];
}

const COMPARE_SORT: SortRules = {
	initial: { key: "rank", direction: "asc" },
	firstDirection: compareFirstDirection,
};

/** The sort in the URL (`sortera`), and a setter that flips the direction on a second click. */
export function useSort(rules: SortRules = COMPARE_SORT) {
	const { searchParams } = useLocation();
	const sort = parseSort(searchParams.get(PARAM.sort)) ?? rules.initial;
	const setSort = (key: string) =>
		updateSearch({
			[PARAM.sort]: serialiseSort(
				sort.key === key
					? { key, direction: sort.direction === "asc" ? "desc" : "asc" }
					: { key, direction: rules.firstDirection(key) },
			),
		});
	return { sort, setSort };
}

/** aria-sort for a column header: only the sorted column says its direction. */
export function ariaSort(
	sort: SortState,
	key: string,
): "ascending" | "descending" | undefined {
	if (sort.key !== key) return undefined;
	return sort.direction === "asc" ? "ascending" : "descending";
}

/** The arrow after a sorted column's label (hidden from assistive technology, which reads aria-sort). */
export function sortArrow(sort: SortState, key: string): string {
	if (sort.key !== key) return "";
	return sort.direction === "asc" ? " ▲" : " ▼";
}
