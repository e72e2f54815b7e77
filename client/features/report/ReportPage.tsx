import type { UseQueryResult } from "@tanstack/react-query";
import { useEffect } from "react";
import type { ProgressReport } from "../../../server/schemas/actions.ts";
import type { Comparison } from "../../../server/schemas/compare.ts";
import type { GapReport } from "../../../server/schemas/gap.ts";
import type { InsiktReport } from "../../../server/schemas/insikt.ts";
import type { Ranking } from "../../../server/schemas/ranking.ts";
import type { NationalRanking } from "../../../server/schemas/rankings.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { DataAsOf } from "../../ui/DataAsOf.tsx";
import { useSecondPass } from "../../ui/Deferred.tsx";
import { IncompleteYearNote } from "../../ui/IncompleteYearNote.tsx";
import { EmptyState, LoadingState, QueryState } from "../../ui/QueryState.tsx";
import { SyntheticBadge } from "../../ui/SyntheticBadge.tsx";
import { hasSynthetic } from "../../ui/synthetic.ts";
import { ProgrammeSection } from "../actionPlan/ProgrammeSection.tsx";
import { FactorRanksSection } from "../factors/FactorRanksSection.tsx";
import { FactorShareSection } from "../factors/FactorShareSection.tsx";
import { InsiktAreasSection } from "../insikt/InsiktAreasSection.tsx";
import { FigureCards } from "../overview/FigureCards.tsx";
import { overviewFigures } from "../overview/overviewFigures.ts";
import { RankTrendSection } from "../overview/RankTrendSection.tsx";
import { REPORT_MESSAGES } from "./messages.ts";
import { adoptStyleSheet, reportPrintCss } from "./printCss.ts";
import { ReportPeersSection } from "./ReportPeersSection.tsx";
import { ReportSources } from "./ReportSources.tsx";
import { reportProvenances, reportSentences } from "./reportData.ts";
import { useReportData } from "./useReportData.ts";

/** The printable width of an A4 page with 14 mm margins, in CSS pixels. */
const PRINT_WIDTH = 680;

export default function ReportPage() {
	const m = useMessages(REPORT_MESSAGES);
	const { year, isPending, incomplete, ranking, restAsked, ...parts } =
		useReportData();
	if (isPending) return <LoadingState />;
	return (
		<>
			<IncompleteYearNote incomplete={incomplete} />
			<QueryState query={ranking}>
				{(data) =>
					year === null ? (
						<EmptyState title={m.noReport(data.municipality.name)} />
					) : (
						<Report
							ranking={data}
							year={year}
							restAsked={restAsked}
							{...parts}
						/>
					)
				}
			</QueryState>
		</>
	);
}

function Report({
	ranking,
	year,
	restAsked,
	gap,
	insikt,
	comparison,
	factorRanks,
	planProgress,
}: {
	ranking: Ranking;
	year: number;
	/** Whether the later sections' data has been asked for (until then their queries wait). */
	restAsked: boolean;
	gap: UseQueryResult<GapReport>;
	insikt: UseQueryResult<InsiktReport>;
	comparison: UseQueryResult<Comparison>;
	factorRanks: UseQueryResult<NationalRanking>;
	planProgress: UseQueryResult<ProgressReport>;
}) {
	const { lang } = useI18n();
	const m = useMessages(REPORT_MESSAGES);
	const today = new Date();
	const name = ranking.municipality.name;
	const figures = overviewFigures(ranking, gap.data ?? null, year);
	const input = {
		ranking,
		figures,
		gap: gap.data ?? null,
		insikt: insikt.data ?? null,
		comparison: comparison.data ?? null,
		factorRanks: factorRanks.data ?? null,
		planProgress: planProgress.data ?? null,
	};
	const synthetic = hasSynthetic(reportProvenances(input));
	const printCss = reportPrintCss({
		synthetic,
		footer: m.footer(name, year, today),
		lang,
	});
	useEffect(() => adoptStyleSheet(printCss), [printCss]);
	const queries = [gap, insikt, comparison, factorRanks, planProgress];
	// The sections after the rank trend render in a second pass; the report says it is ready (for
	// printing, for tests) once they have.
	const isRestShown = useSecondPass();
	const settled =
		isRestShown &&
		restAsked &&
		queries.every((q) => !q.isPending || q.fetchStatus === "idle");
	return (
		<article className="report-page">
			<div className="report-toolbar no-print">
				<button
					type="button"
					className="primary"
					onClick={() => window.print()}
				>
					{m.print}
				</button>
				<span className="muted">{m.printHint}</span>
			</div>
			<div
				className="report"
				data-testid="report"
				data-ready={settled ? "true" : "false"}
			>
				<header className="report-section">
					<h1>{m.heading(name, year)}</h1>
					<p className="report-meta">
						{m.meta(
							today,
							ranking.municipality.countyName,
							ranking.municipality.code,
						)}
					</p>
					<DataAsOf className="report-meta" />
					{synthetic && (
						<p className="report-synthetic-note">{m.syntheticNote}</p>
					)}
				</header>
				<section className="report-section">
					<FigureCards figures={figures} />
				</section>
				<section className="report-section">
					<h2>{m.summary}</h2>
					{reportSentences(input, lang).map((s) => (
						<p key={s.text} data-testid="report-sentence">
							{s.text} <SyntheticBadge show={s.provenance === "synthetic"} />
						</p>
					))}
				</section>
				<RankTrendSection
					ranking={ranking}
					year={year}
					print={{ width: PRINT_WIDTH, height: 250 }}
				/>
				{isRestShown && (
					<>
						{input.gap && (
							<FactorShareSection
								report={input.gap}
								print={{ width: PRINT_WIDTH }}
							/>
						)}
						{input.factorRanks && (
							<FactorRanksSection
								code={ranking.municipality.code}
								name={name}
								year={year}
								print
							/>
						)}
						{input.insikt && (
							<InsiktAreasSection
								report={input.insikt}
								print={{ width: PRINT_WIDTH, height: 240 }}
							/>
						)}
						{input.comparison && (
							<ReportPeersSection
								comparison={input.comparison}
								code={ranking.municipality.code}
								name={name}
								print={{ width: PRINT_WIDTH, height: 240 }}
							/>
						)}
						<ProgrammeSection year={year} />
					</>
				)}
				<ReportSources
					synthetic={synthetic}
					errors={queries.flatMap((q) => (q.error ? [q.error] : []))}
				/>
			</div>
		</article>
	);
}
