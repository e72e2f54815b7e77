import type { UseQueryResult } from "@tanstack/react-query";
import type { GapReport } from "../../../server/schemas/gap.ts";
import type { Ranking } from "../../../server/schemas/ranking.ts";
import { errorMessage } from "../../api/errorMessage.ts";
import { genitive } from "../../i18n/messages.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { Deferred } from "../../ui/Deferred.tsx";
import { IncompleteYearNote } from "../../ui/IncompleteYearNote.tsx";
import { EmptyState, LoadingState, QueryState } from "../../ui/QueryState.tsx";
import { SyntheticBadge, SyntheticBanner } from "../../ui/SyntheticBadge.tsx";
import { useGapQuery } from "../factors/queries.ts";
import { FigureCards } from "./FigureCards.tsx";
import { MaySignalPanel } from "./MaySignalPanel.tsx";
import { OVERVIEW_MESSAGES } from "./messages.ts";
import { Neighbours } from "./Neighbours.tsx";
import {
	leadProvenances,
	type OverviewFigures,
	overviewFigures,
	overviewProvenances,
} from "./overviewFigures.ts";
import { RankTrendSection } from "./RankTrendSection.tsx";
import { rankingSentence } from "./sentences.ts";
import { TargetYearPicker } from "./TargetYearPicker.tsx";
import { useYearRanking } from "./useYearRanking.ts";

export default function OverviewPage() {
	const { code, year, isPending, incomplete, ranking } = useYearRanking();
	const gap = useGapQuery(code, year, year !== null && ranking.isSuccess);
	if (isPending) return <LoadingState />;
	return (
		<>
			<IncompleteYearNote incomplete={incomplete} />
			<QueryState query={ranking}>
				{(data) =>
					year === null ? (
						<NoRankYet name={data.municipality.name} />
					) : (
						<OverviewContent ranking={data} gap={gap} year={year} />
					)
				}
			</QueryState>
		</>
	);
}

function Heading({ name }: { name: string }) {
	const { lang } = useI18n();
	const m = useMessages(OVERVIEW_MESSAGES);
	return <h1>{m.heading(genitive(name, lang))}</h1>;
}

function NoRankYet({ name }: { name: string }) {
	const m = useMessages(OVERVIEW_MESSAGES);
	return (
		<article>
			<Heading name={name} />
			<EmptyState title={m.noRankYet(name)}>
				<p>{m.noRankYetHelp}</p>
			</EmptyState>
		</article>
	);
}

function OverviewContent({
	ranking,
	gap,
	year,
}: {
	ranking: Ranking;
	gap: UseQueryResult<GapReport>;
	year: number;
}) {
	const figures = overviewFigures(ranking, gap.data ?? null, year);
	return (
		<article>
			<Heading name={ranking.municipality.name} />
			<SyntheticBanner
				show={overviewProvenances(ranking, figures, gap.data ?? null).includes(
					"synthetic",
				)}
			/>
			{!gap.isPending && <LeadSentence ranking={ranking} figures={figures} />}
			<TargetYearPicker ranking={ranking} />
			<FigureCards figures={figures} />
			<RankTrendSection ranking={ranking} year={year} />
			<Deferred>
				<div className="two-columns">
					<MaySignalPanel report={ranking.maySignal} />
					<NeighboursSection gap={gap} year={year} />
				</div>
			</Deferred>
		</article>
	);
}

/** The page's one-sentence summary; it waits for the gap answer, which says how far the top 10 is. */
function LeadSentence({
	ranking,
	figures,
}: {
	ranking: Ranking;
	figures: OverviewFigures;
}) {
	const { lang } = useI18n();
	return (
		<p className="lead">
			<span data-testid="summary-sentence">
				{rankingSentence(ranking, figures, lang)}
			</span>{" "}
			<SyntheticBadge show={leadProvenances(figures).includes("synthetic")} />
		</p>
	);
}

function NeighboursSection({
	gap,
	year,
}: {
	gap: UseQueryResult<GapReport>;
	year: number;
}) {
	const { lang } = useI18n();
	const m = useMessages(OVERVIEW_MESSAGES).neighbours;
	return (
		<QueryState
			query={gap}
			renderError={(error) => (
				<p>{m.cannotShow(year, errorMessage(error, lang))}</p>
			)}
		>
			{(report) => <Neighbours gap={report.gap} />}
		</QueryState>
	);
}
