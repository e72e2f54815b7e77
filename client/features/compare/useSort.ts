import { updateSearch, useLocation } from "../../state/router.ts";
import {
	PARAM,
	parseSort,
	type SortState,
	serialiseSort,
} from "../../state/urlState.ts";
import { firstDirection } from "./compareData.ts";

const DEFAULT_SORT: SortState = { key: "rank", direction: "asc" };

/** The sort in the URL (`sortera`), and a setter that flips the direction on a second click. */
export function useSort() {
	const { searchParams } = useLocation();
	const sort = parseSort(searchParams.get(PARAM.sort)) ?? DEFAULT_SORT;
	const setSort = (key: string) =>
		updateSearch({
			[PARAM.sort]: serialiseSort(
				sort.key === key
					? { key, direction: sort.direction === "asc" ? "desc" : "asc" }
					: { key, direction: firstDirection(key) },
			),
		});
	return { sort, setSort };
}
