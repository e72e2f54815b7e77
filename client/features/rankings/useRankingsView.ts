import { useMemo } from "react";
import { useLocation } from "../../state/router.ts";
import { parseRankingsView, type RankingsView } from "./rankingsView.ts";

/**
 * The Rankning page's choices, read from the URL. The selection keeps its identity while its value
 * is the same, so sorting (which changes the URL) does not rank the selection again.
 */
export function useRankingsView(): RankingsView {
	const { search } = useLocation();
	const view = useMemo(
		() => parseRankingsView(new URLSearchParams(search)),
		[search],
	);
	const selectionKey = JSON.stringify(view.selection);
	// biome-ignore lint/correctness/useExhaustiveDependencies: kept by value (selectionKey), not by identity
	const selection = useMemo(() => view.selection, [selectionKey]);
	return { ...view, selection };
}
