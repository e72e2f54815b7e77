import type { PeerGroup } from "../../../server/schemas/compare.ts";
import { useMessages } from "../../i18n/useI18n.ts";
import { Link, updateSearch, useLocation } from "../../state/router.ts";
import {
	MAX_PEERS,
	PARAM,
	pageHref,
	patchSearch,
	type SearchPatch,
} from "../../state/urlState.ts";
import {
	CUSTOM_GROUP,
	GroupField,
	OwnListEditor,
	setPeerCodes,
} from "../compare/PeerControls.tsx";
import { RANKINGS_MESSAGES } from "./messages.ts";
import {
	compareCodes,
	displayParam,
	type FactorDisplay,
	type RankingsView,
	withinParam,
} from "./rankingsView.ts";

const COMPARE_PATH = "/jamfor";

/** Selection (all, a group, an own list), search, rank scope and how factor cells read. */
export function RankingFilters({
	view,
	groups,
	total,
	focusCode,
	focusName,
	canShowFocus,
	onShowFocus,
}: {
	view: RankingsView;
	groups: readonly PeerGroup[];
	total: number;
	focusCode: string;
	focusName: string;
	canShowFocus: boolean;
	onShowFocus: () => void;
}) {
	const m = useMessages(RANKINGS_MESSAGES).filters;
	const { selection } = view;
	const value =
		selection.kind === "all"
			? ""
			: selection.kind === "group"
				? selection.group
				: CUSTOM_GROUP;
	const onSelection = (next: string) => {
		if (next === CUSTOM_GROUP) setPeerCodes([focusCode]);
		else
			updateSearch({
				[PARAM.group]: next === "" ? null : next,
				[PARAM.codes]: null,
				[PARAM.rankScope]:
					next === "" ? null : withinParam(view.withinSelection),
			});
	};
	return (
		<section className="panel no-print" aria-labelledby="ranking-filters-title">
			<h2 id="ranking-filters-title">{m.title}</h2>
			<div className="peer-controls ranking-filters">
				<GroupField
					id="ranking-selection"
					allLabel={m.all(total)}
					label={m.selection}
					value={value}
					groups={groups}
					onChange={onSelection}
				/>
				<div className="year-picker">
					<label htmlFor="ranking-search">{m.search}</label>
					<input
						id="ranking-search"
						type="search"
						value={view.search}
						placeholder={m.searchPlaceholder}
						autoComplete="off"
						onChange={(event) =>
							updateSearch(
								{ [PARAM.search]: event.target.value },
								{ replace: true },
							)
						}
					/>
				</div>
				<div className="checkbox-field">
					<input
						id="ranking-within"
						type="checkbox"
						checked={view.withinSelection && selection.kind !== "all"}
						disabled={selection.kind === "all"}
						aria-describedby="ranking-within-help"
						onChange={(event) =>
							updateSearch({
								[PARAM.rankScope]: withinParam(event.target.checked),
							})
						}
					/>
					<label htmlFor="ranking-within">{m.rankScope}</label>
					<span id="ranking-within-help" className="muted">
						{m.rankScopeHelp}
					</span>
				</div>
				<DisplayChoice display={view.display} />
			</div>
			{selection.kind === "codes" && (
				<OwnListEditor codes={selection.codes} addLabel={m.add} />
			)}
			<div className="ranking-actions">
				<button type="button" onClick={onShowFocus} disabled={!canShowFocus}>
					{m.showFocus(focusName)}
				</button>
				<CompareLink view={view} groups={groups} focusCode={focusCode} />
			</div>
		</section>
	);
}

function DisplayChoice({ display }: { display: FactorDisplay }) {
	const m = useMessages(RANKINGS_MESSAGES).filters;
	return (
		<div className="year-picker">
			<label htmlFor="ranking-display">{m.show}</label>
			<select
				id="ranking-display"
				value={display}
				onChange={(event) =>
					updateSearch({
						[PARAM.show]: displayParam(event.target.value as FactorDisplay),
					})
				}
			>
				<option value="both">{m.showBoth}</option>
				<option value="rank">{m.showRank}</option>
				<option value="value">{m.showValue}</option>
			</select>
		</div>
	);
}

/** Jämför with the selection as its peer group: the group itself, or the own list with the focus added. */
function CompareLink({
	view,
	groups,
	focusCode,
}: {
	view: RankingsView;
	groups: readonly PeerGroup[];
	focusCode: string;
}) {
	const m = useMessages(RANKINGS_MESSAGES).filters;
	const { search } = useLocation();
	const { selection } = view;
	if (selection.kind === "all") return null;
	// The global choices (municipality, year, language) carried over, plus the peers.
	const carried = pageHref(COMPARE_PATH, search).slice(COMPARE_PATH.length);
	const compareHref = (patch: SearchPatch) =>
		`${COMPARE_PATH}${patchSearch(carried, patch)}`;
	if (selection.kind === "group")
		return groups.some((g) => g.id === selection.group) ? (
			<Link href={compareHref({ [PARAM.group]: selection.group })}>
				{m.compareThese}
			</Link>
		) : null;
	const codes = compareCodes(selection.codes, focusCode);
	if (!codes)
		return <span className="muted">{m.compareTooMany(MAX_PEERS)}</span>;
	return (
		<Link href={compareHref({ [PARAM.codes]: codes.join(",") })}>
			{m.compareThese}
		</Link>
	);
}
