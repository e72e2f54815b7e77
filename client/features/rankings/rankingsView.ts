import type { PeerGroup } from "../../../server/schemas/compare.ts";
import {
	MAX_PEERS,
	PARAM,
	parseCodes,
	parseGroup,
} from "../../state/urlState.ts";

/** Which municipalities the table lists: all, one group from /api/groups, or an own list. */
export type RankingSelection =
	| { kind: "all" }
	| { kind: "group"; group: string }
	| { kind: "codes"; codes: string[] };

/** How the factor cells read: value and rank, the rank alone or the value alone. */
export type FactorDisplay = "both" | "rank" | "value";

export interface RankingsView {
	selection: RankingSelection;
	search: string;
	/** Ranks within the selection instead of among all municipalities. */
	withinSelection: boolean;
	display: FactorDisplay;
}

const DISPLAY_PARAM: Record<Exclude<FactorDisplay, "both">, string> = {
	rank: "placering",
	value: "varde",
};
const WITHIN_PARAM = "urval";
const MAX_SEARCH = 60;

/** The Rankning page's choices from the URL (grupp, koder, sok, rang, visa); bad values are ignored. */
export function parseRankingsView(params: URLSearchParams): RankingsView {
	const codes = parseCodes(params.get(PARAM.codes));
	const group = parseGroup(params.get(PARAM.group));
	const show = params.get(PARAM.show);
	return {
		selection:
			codes.length > 0
				? { kind: "codes", codes }
				: group
					? { kind: "group", group }
					: { kind: "all" },
		search: (params.get(PARAM.search) ?? "").slice(0, MAX_SEARCH),
		withinSelection: params.get(PARAM.rankScope) === WITHIN_PARAM,
		display:
			show === DISPLAY_PARAM.rank
				? "rank"
				: show === DISPLAY_PARAM.value
					? "value"
					: "both",
	};
}

/** The URL patch for a display choice ("both" is the default and leaves the URL clean). */
export function displayParam(display: FactorDisplay): string | null {
	return display === "both" ? null : DISPLAY_PARAM[display];
}

export function withinParam(within: boolean): string | null {
	return within ? WITHIN_PARAM : null;
}

/** The codes a selection covers, or null for all municipalities; an unknown group covers none. */
export function selectionCodes(
	selection: RankingSelection,
	groups: readonly PeerGroup[],
): Set<string> | null {
	if (selection.kind === "all") return null;
	if (selection.kind === "codes") return new Set(selection.codes);
	return new Set(groups.find((g) => g.id === selection.group)?.codes ?? []);
}

/** A selection small enough for Jämför's own list, as its codes; null when it is too large. */
export function compareCodes(
	codes: readonly string[],
	focus: string,
): string[] | null {
	const withFocus = codes.includes(focus) ? codes : [focus, ...codes];
	return withFocus.length <= MAX_PEERS ? [...withFocus] : null;
}
