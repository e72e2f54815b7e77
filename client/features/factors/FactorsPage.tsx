import type { GapReport } from "../../../server/schemas/gap.ts";
import { errorMessage } from "../../api/errorMessage.ts";
import { useMunicipality } from "../../api/municipalities.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { useSelection } from "../../state/selection.ts";
import { useYear } from "../../state/useYear.ts";
import { EmptyState, QueryState } from "../../ui/QueryState.tsx";
import { SyntheticBanner } from "../../ui/SyntheticBadge.tsx";
import { hasSynthetic } from "../../ui/synthetic.ts";
import { FactorActions } from "../actionPlan/FactorActions.tsx";
import { AttributionSection } from "./AttributionSection.tsx";
import { FactorScoresSection } from "./FactorScoresSection.tsx";
import { FactorShareSection } from "./FactorShareSection.tsx";
import { clampToSlider, sliderSpec } from "./factorData.ts";
import { ModelBox } from "./ModelBox.tsx";
import { FACTORS_MESSAGES } from "./messages.ts";
import { useGapQuery } from "./queries.ts";
import { SmallestChange } from "./SmallestChange.tsx";
import { StatisticsTable } from "./StatisticsTable.tsx";
import { useWhatIfDraft } from "./useWhatIfDraft.ts";
import { WhatIfPanel } from "./WhatIfPanel.tsx";

export default function FactorsPage() {
	const { lang } = useI18n();
	const m = useMessages(FACTORS_MESSAGES);
	const { code } = useSelection();
	const { year, isPending } = useYear();
	const gap = useGapQuery(code, year, !isPending);
	const name = useMunicipality(code)?.name ?? code;
	return (
		<article>
			<QueryState
				query={gap}
				renderError={(error) => (
					<>
						<h1>{m.heading(name)}</h1>
						<p>
							{m.cannotShow}
							{errorMessage(error, lang)}
						</p>
					</>
				)}
			>
				{(report) => (
					<>
						<h1>{m.heading(report.municipality.name)}</h1>
						{report.gap.factors.length === 0 ? (
							<NoFactorValues report={report} />
						) : (
							<FactorsContent report={report} />
						)}
					</>
				)}
			</QueryState>
		</article>
	);
}

function NoFactorValues({ report }: { report: GapReport }) {
	const m = useMessages(FACTORS_MESSAGES);
	return (
		<>
			<ModelBox model={report.model} year={report.year} />
			<EmptyState title={m.noFactorValues(report.year)}>
				<p>{m.noFactorValuesHelp}</p>
			</EmptyState>
		</>
	);
}

function FactorsContent({ report }: { report: GapReport }) {
	const whatIf = useWhatIfDraft();
	const synthetic = hasSynthetic(report.provenance.factors, [
		report.gap.numberTen?.provenance,
	]);
	/** "Prova": puts the needed value on the factor's slider and scrolls to it. */
	const tryValue = (factorId: string, value: number) => {
		const weight = report.model.weights.find((w) => w.factorId === factorId);
		if (!weight) return;
		const gap = report.gap.factors.find((f) => f.factorId === factorId);
		whatIf.setValue(factorId, clampToSlider(value, sliderSpec(weight, gap)));
		document
			.querySelector(`[data-factor="${factorId}"]`)
			?.scrollIntoView({ block: "center" });
	};
	return (
		<>
			<SyntheticBanner show={synthetic} />
			<ModelBox model={report.model} year={report.year} />
			<GapLead report={report} />
			<FactorShareSection report={report} />
			<FactorScoresSection report={report} />
			<StatisticsTable report={report} />
			<WhatIfPanel report={report} {...whatIf} />
			{report.smallestChange && report.smallestChange.factors.length > 0 && (
				<SmallestChange result={report.smallestChange} onTry={tryValue} />
			)}
			<AttributionSection report={report} />
			<FactorActions factors={report.gap.factors} />
		</>
	);
}

/** How far the top 10 is, as the API's gap answer counts it. */
function GapLead({ report }: { report: GapReport }) {
	const m = useMessages(FACTORS_MESSAGES).lead;
	const { name } = report.municipality;
	const { placesToTop10 } = report.gap;
	const text =
		placesToTop10 === null
			? m.noRank(name, report.year)
			: placesToTop10 === 0
				? m.within(name, report.year)
				: m.away(name, placesToTop10, report.year);
	return <p className="lead">{text}</p>;
}
