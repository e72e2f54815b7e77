import type { InsiktSummary } from "../../../analysis/insikt.ts";
import type { InsiktReport } from "../../../server/schemas/insikt.ts";
import { areaLabel, gradeName, provenanceLabel } from "../../i18n/terms.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { SyntheticBadge } from "../../ui/SyntheticBadge.tsx";
import { Panel } from "../../ui/TableShell.tsx";
import { gradeBandColor } from "./insiktData.ts";
import { INSIKT_MESSAGES } from "./messages.ts";

type Area = InsiktSummary["areas"][number];

/** A card per area: NKI with the grade the API gave it, the rank among the municipalities, Riket and n. */
export function AreaRanks({
	report,
	summary,
}: {
	report: InsiktReport;
	summary: InsiktSummary;
}) {
	const { lang } = useI18n();
	const m = useMessages(INSIKT_MESSAGES).ranks;
	const nui = report.values.find(
		(v) =>
			v.year === summary.year &&
			v.area === "upphandling" &&
			v.municipalityCode === report.municipality.code,
	);
	return (
		<Panel titleId="ranks-title" title={m.title(summary.year)}>
			<div className="area-cards">
				{summary.areas.map((a) => (
					<AreaCard key={a.area} area={a} />
				))}
			</div>
			<p className="muted">
				{m.howRanked}
				{nui && nui.value !== null && (
					<> {m.nui(nui.value, provenanceLabel(nui.provenance, lang))}</>
				)}
			</p>
		</Panel>
	);
}

function AreaCard({ area: a }: { area: Area }) {
	const { lang, num } = useI18n();
	const m = useMessages(INSIKT_MESSAGES).ranks;
	return (
		<div className="figure-card" data-testid={`area-${a.area}`}>
			<p className="figure-label">{areaLabel(a.area, lang)}</p>
			<p className="figure-value">
				{num(a.value)}{" "}
				<span
					className="grade-chip"
					style={{ background: gradeBandColor(a.grade.id) }}
				>
					{gradeName(a.grade.id, lang)}
				</span>{" "}
				<SyntheticBadge show={a.provenance === "synthetic"} />
			</p>
			<p className="figure-detail">
				{a.rank !== null ? m.rankOf(a.rank, a.rankedCount) : m.notRanked}
				{a.riket !== null && m.national(a.riket)}
				{a.responses !== null && m.answers(a.responses)}
			</p>
		</div>
	);
}
