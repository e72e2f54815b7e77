import type { InsiktSummary } from "../../../analysis/insikt.ts";
import { TOTAL_INSIKT_AREA } from "../../../domain/insikt.ts";
import type { InsiktReport } from "../../../server/schemas/insikt.ts";
import { ChartFrame } from "../../charts/ChartFrame.tsx";
import { nkiAxisDomain } from "../../charts/util/axes.ts";
import { midSentence } from "../../i18n/messages.ts";
import { areaLabel } from "../../i18n/terms.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { HistoryNote } from "../../ui/HistoryNote.tsx";
import { EmptyState } from "../../ui/QueryState.tsx";
import { nkiTrendRows } from "./insiktData.ts";
import { nkiTrendLegend } from "./insiktLegends.ts";
import { nkiTrendTable } from "./insiktTables.ts";
import { INSIKT_MESSAGES } from "./messages.ts";
import { NkiTrendChart } from "./NkiTrendChart.tsx";

/** NKI totalt per year against Riket, with each definition break marked and explained. */
export function NkiTrendSection({
	report,
	summary,
}: {
	report: InsiktReport;
	summary: InsiktSummary;
}) {
	const { lang, years } = useI18n();
	const m = useMessages(INSIKT_MESSAGES);
	const total = summary.areas.find((a) => a.area === TOTAL_INSIKT_AREA);
	const rows = nkiTrendRows(total?.trend ?? []);
	const breaks = summary.definitionBreaks.map((b) => ({
		year: b.year,
		label: m.trend.newDefinition(b.year),
	}));
	const name = report.municipality.name;
	const first = rows[0]?.year;
	const last = rows.at(-1)?.year;
	const synthetic = rows.some((r) => r.provenance === "synthetic");
	return (
		<ChartFrame
			id="nki-trend"
			title={m.trend.title}
			subtitle={`${name} ${first !== undefined && last !== undefined ? years([first, last]) : "–"}`}
			description={m.trend.description(breaks.map((b) => b.year))}
			source={m.source}
			table={nkiTrendTable(rows, lang)}
			legend={nkiTrendLegend(name, lang, synthetic, breaks.length > 0)}
			synthetic={synthetic}
			municipality={name}
			year={summary.year}
			note={
				<>
					<DefinitionBreakNotes summary={summary} />
					<HistoryNote history={report.history} />
				</>
			}
		>
			{rows.length === 0 ? (
				<EmptyState title={m.trend.empty} />
			) : (
				<NkiTrendChart
					rows={rows}
					domain={nkiAxisDomain(rows.flatMap((r) => [r.value, r.riket]))}
					breaks={breaks}
					lang={lang}
				/>
			)}
		</ChartFrame>
	);
}

function DefinitionBreakNotes({ summary }: { summary: InsiktSummary }) {
	const { lang } = useI18n();
	const m = useMessages(INSIKT_MESSAGES).trend;
	if (summary.definitionBreaks.length === 0) return null;
	const names = (areas: readonly string[]) =>
		areas.map((a) => midSentence(areaLabel(a, lang)));
	return (
		<ul className="muted">
			{summary.definitionBreaks.map((b) => (
				<li key={b.year}>
					{m.breakNote(
						b.year,
						names(b.removed),
						names(b.added),
						b.previousYear,
					)}
				</li>
			))}
		</ul>
	);
}
