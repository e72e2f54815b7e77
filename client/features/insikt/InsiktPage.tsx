import type { InsiktSummary } from "../../../analysis/insikt.ts";
import type { InsiktReport } from "../../../server/schemas/insikt.ts";
import { useMunicipality } from "../../api/municipalities.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { useSelection } from "../../state/selection.ts";
import { useYear } from "../../state/useYear.ts";
import { Deferred } from "../../ui/Deferred.tsx";
import { IncompleteYearNote } from "../../ui/IncompleteYearNote.tsx";
import { EmptyState, LoadingState, QueryState } from "../../ui/QueryState.tsx";
import { SyntheticBadge, SyntheticBanner } from "../../ui/SyntheticBadge.tsx";
import { hasSynthetic } from "../../ui/synthetic.ts";
import { AreaActions } from "../actionPlan/AreaActions.tsx";
import { AreaRanks } from "./AreaRanks.tsx";
import { HeatmapSection } from "./HeatmapSection.tsx";
import { InsiktAreasSection } from "./InsiktAreasSection.tsx";
import { insiktSentence, insiktSentenceProvenance } from "./insiktSentence.ts";
import { INSIKT_MESSAGES } from "./messages.ts";
import { NkiTrendSection } from "./NkiTrendSection.tsx";
import { useInsiktForRankingYear } from "./queries.ts";

export default function InsiktPage() {
	const { code, fromParam } = useSelection();
	const { year: rankingYear, isPending, incomplete } = useYear();
	const insikt = useInsiktForRankingYear(code, rankingYear, {
		from: fromParam,
		enabled: !isPending,
	});
	if (isPending) return <LoadingState />;
	return (
		<article>
			<IncompleteYearNote incomplete={incomplete} />
			<QueryState
				query={insikt}
				isEmpty={(report) =>
					report.summary === null || report.summary.areas.length === 0
				}
				empty={
					<NoInsiktResults report={insikt.data} rankingYear={rankingYear} />
				}
			>
				{(report) =>
					report.summary && (
						<InsiktContent
							report={report}
							summary={report.summary}
							rankingYear={rankingYear}
						/>
					)
				}
			</QueryState>
		</article>
	);
}

/** No summary: none at all, or none up to the ranking year (a later one is never shown instead). */
function NoInsiktResults({
	report,
	rankingYear,
}: {
	report: InsiktReport | undefined;
	rankingYear: number | null;
}) {
	const m = useMessages(INSIKT_MESSAGES);
	const { code } = useSelection();
	const name = useMunicipality(code)?.name ?? code;
	const later = (report?.years ?? []).filter(
		(y) => rankingYear !== null && y > rankingYear,
	);
	return (
		<>
			<h1>{m.heading(name)}</h1>
			{rankingYear !== null && later.length > 0 ? (
				<EmptyState title={m.noneUpTo(name, rankingYear, later[0] ?? null)}>
					<p data-testid="insikt-none-up-to">{m.noneUpToHelp}</p>
				</EmptyState>
			) : (
				<EmptyState title={m.noResults(name)}>
					<p>{m.noResultsHelp}</p>
				</EmptyState>
			)}
		</>
	);
}

function InsiktContent({
	report,
	summary,
	rankingYear,
}: {
	report: InsiktReport;
	summary: InsiktSummary;
	rankingYear: number | null;
}) {
	const { lang } = useI18n();
	const m = useMessages(INSIKT_MESSAGES);
	const name = report.municipality.name;
	const sentence = insiktSentence(summary, name, lang);
	return (
		<>
			<h1>{m.heading(name)}</h1>
			<SyntheticBanner
				show={hasSynthetic(report.values.map((v) => v.provenance))}
			/>
			{sentence && (
				<p className="lead">
					{sentence}{" "}
					<SyntheticBadge
						show={insiktSentenceProvenance(summary) === "synthetic"}
					/>
				</p>
			)}
			<p className="muted" data-testid="insikt-showing">
				{m.showing(summary.year, rankingYear)}
			</p>
			<AreaRanks report={report} summary={summary} />
			<InsiktAreasSection report={report} />
			<Deferred>
				<HeatmapSection report={report} summary={summary} />
				<NkiTrendSection report={report} summary={summary} />
				<AreaActions />
			</Deferred>
		</>
	);
}
