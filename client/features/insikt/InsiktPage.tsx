import type { InsiktSummary } from "../../../analysis/insikt.ts";
import type { InsiktReport } from "../../../server/schemas/insikt.ts";
import { useMunicipality } from "../../api/municipalities.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { useSelection } from "../../state/selection.ts";
import { useYear } from "../../state/useYear.ts";
import { EmptyState, QueryState } from "../../ui/QueryState.tsx";
import { SyntheticBanner } from "../../ui/SyntheticBadge.tsx";
import { hasSynthetic } from "../../ui/synthetic.ts";
import { AreaActions } from "../actionPlan/AreaActions.tsx";
import { AreaRanks } from "./AreaRanks.tsx";
import { HeatmapSection } from "./HeatmapSection.tsx";
import { InsiktAreasSection } from "./InsiktAreasSection.tsx";
import { insiktSentence } from "./insiktSentence.ts";
import { INSIKT_MESSAGES } from "./messages.ts";
import { NkiTrendSection } from "./NkiTrendSection.tsx";
import { useInsiktForRankingYear } from "./queries.ts";

export default function InsiktPage() {
	const { code, fromParam } = useSelection();
	const { year: rankingYear, isPending } = useYear();
	const insikt = useInsiktForRankingYear(code, rankingYear, {
		from: fromParam,
		enabled: !isPending,
	});
	return (
		<article>
			<QueryState
				query={insikt}
				isEmpty={(report) =>
					report.summary === null || report.summary.areas.length === 0
				}
				empty={<NoInsiktResults />}
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

function NoInsiktResults() {
	const m = useMessages(INSIKT_MESSAGES);
	const { code } = useSelection();
	const name = useMunicipality(code)?.name ?? code;
	return (
		<>
			<h1>{m.heading(name)}</h1>
			<EmptyState title={m.noResults(name)}>
				<p>{m.noResultsHelp}</p>
			</EmptyState>
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
			{sentence && <p className="lead">{sentence}</p>}
			<p className="muted">{m.showing(summary.year, rankingYear)}</p>
			<AreaRanks report={report} summary={summary} />
			<InsiktAreasSection report={report} />
			<HeatmapSection report={report} summary={summary} />
			<NkiTrendSection report={report} summary={summary} />
			<AreaActions />
		</>
	);
}
