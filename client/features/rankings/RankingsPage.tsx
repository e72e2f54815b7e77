import { useMemo, useRef } from "react";
import "./rankings.css";
import type { NationalRanking } from "../../../server/schemas/rankings.ts";
import { useMunicipality } from "../../api/municipalities.ts";
import { CHART_MESSAGES } from "../../charts/messages.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { useLocation } from "../../state/router.ts";
import { useSelection } from "../../state/selection.ts";
import { PARAM, pageHref, patchSearch } from "../../state/urlState.ts";
import { useYear } from "../../state/useYear.ts";
import { QueryState } from "../../ui/QueryState.tsx";
import { SyntheticBanner } from "../../ui/SyntheticBadge.tsx";
import { useGroupsQuery } from "../compare/queries.ts";
import { useSort } from "../compare/useSort.ts";
import { ExportPanel } from "./ExportPanel.tsx";
import { FocusPanel } from "./FocusPanel.tsx";
import { RANKINGS_MESSAGES } from "./messages.ts";
import { NationalTable } from "./NationalTable.tsx";
import { ProvenanceLegend } from "./ProvenanceLegend.tsx";
import { useNationalRankingQuery } from "./queries.ts";
import { RankingFilters } from "./RankingFilters.tsx";
import {
	factorGroups,
	firstDirection,
	focusSummary,
	orderFactors,
	ranksWithin,
	rowsProvenances,
	selectRows,
	sortNational,
} from "./rankingsData.ts";
import { nationalTable } from "./rankingsTables.ts";
import { selectionCodes } from "./rankingsView.ts";
import { useRankingsView } from "./useRankingsView.ts";

const RANKING_SORT = {
	initial: { key: "rank", direction: "asc" },
	firstDirection,
} as const;

/** Rankning: every municipality for a year, with each factor's value and rank. */
export default function RankingsPage() {
	const m = useMessages(RANKINGS_MESSAGES);
	const { year, isPending } = useYear();
	const ranking = useNationalRankingQuery(year, !isPending);
	return (
		<article>
			<h1>{ranking.data ? m.heading(ranking.data.year) : m.headingLoading}</h1>
			<QueryState query={ranking} isEmpty={(r) => r.rows.length === 0}>
				{(data) => <RankingsContent ranking={data} />}
			</QueryState>
		</article>
	);
}

function RankingsContent({ ranking }: { ranking: NationalRanking }) {
	const { lang } = useI18n();
	const m = useMessages(RANKINGS_MESSAGES);
	const c = useMessages(CHART_MESSAGES);
	const { code } = useSelection();
	const { search } = useLocation();
	const view = useRankingsView();
	const { sort, setSort } = useSort(RANKING_SORT);
	const groups = useGroupsQuery().data?.groups ?? [];
	const showRowRef = useRef<((code: string) => void) | null>(null);
	const focusName = useMunicipality(code)?.name ?? code;

	const ordered = useMemo(() => orderFactors(ranking.factors), [ranking]);
	const grouped = useMemo(() => factorGroups(ordered), [ordered]);
	const groupCodes = useMemo(
		() => selectionCodes(view.selection, groups),
		[view.selection, groups],
	);
	const members = useMemo(
		() => selectRows(ranking.rows, groupCodes, ""),
		[ranking, groupCodes],
	);
	const isAll = groupCodes === null;
	const within = useMemo(
		() =>
			view.withinSelection && !isAll
				? ranksWithin(
						members,
						ordered.map((f) => f.id),
					)
				: null,
		[view.withinSelection, isAll, members, ordered],
	);
	const { key: sortKey, direction } = sort;
	const shown = useMemo(
		() =>
			sortNational(
				view.search ? selectRows(members, null, view.search) : members,
				{ key: sortKey, direction },
			),
		[members, view.search, sortKey, direction],
	);
	const summary = useMemo(
		() => focusSummary(ranking.rows, members, code, ordered),
		[ranking, members, code, ordered],
	);
	const hrefFor = useMemo(() => {
		const carried = pageHref("/", search);
		const base = carried.slice(1);
		return (target: string) =>
			`/${patchSearch(base, { [PARAM.municipality]: target })}`;
	}, [search]);

	const { selection } = view;
	const selectionLabel =
		selection.kind === "all"
			? m.allSelection
			: selection.kind === "codes"
				? m.ownList
				: (groups.find((g) => g.id === selection.group)?.label ??
					selection.group);
	const synthetic = rowsProvenances(shown).has("synthetic");
	const caption = m.table.caption(
		ranking.year,
		m.table.shown(shown.length),
		selectionLabel,
	);
	const showFocus = () => {
		document
			.getElementById("ranking-table-title")
			?.scrollIntoView({ block: "start" });
		showRowRef.current?.(code);
	};
	return (
		<>
			<SyntheticBanner show={ranking.provenances.includes("synthetic")} />
			<p className="lead">{m.lead(ranking.previousYear)}</p>
			<RankingFilters
				view={view}
				groups={groups}
				total={ranking.rows.length}
				focusCode={code}
				focusName={focusName}
				canShowFocus={shown.some((r) => r.code === code)}
				onShowFocus={showFocus}
			/>
			<ExportPanel
				titleId="ranking-table-title"
				title={caption}
				download={{
					label: m.export.label,
					name: m.export.fileName(ranking.year, selectionLabel),
					table: () =>
						nationalTable(shown, ordered, within, ranking.previousYear, lang),
					meta: {
						title: m.export.title(ranking.year, selectionLabel),
						municipality: focusName,
						year: ranking.year,
						source: m.source,
						synthetic,
						notes: [
							...(view.search ? [m.export.search(view.search)] : []),
							...(within ? [m.export.withinNote] : []),
						],
					},
				}}
			>
				<ProvenanceLegend />
				<NationalTable
					caption={caption}
					rows={shown}
					groups={grouped}
					previousYear={ranking.previousYear}
					within={within}
					focusCode={code}
					display={view.display}
					sort={sort}
					onSort={setSort}
					hrefFor={hrefFor}
					showRowRef={showRowRef}
				/>
				<p className="source">
					{c.source}: {m.source}
				</p>
			</ExportPanel>
			{summary && (
				<FocusPanel
					summary={summary}
					year={ranking.year}
					selectionLabel={selectionLabel}
					isAll={isAll}
				/>
			)}
		</>
	);
}
