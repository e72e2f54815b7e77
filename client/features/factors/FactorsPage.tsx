import type { GapReport } from "../../../server/schemas/gap.ts";
import { errorMessage } from "../../api/errorMessage.ts";
import { useMunicipality } from "../../api/municipalities.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { useSelection } from "../../state/selection.ts";
import { useYear } from "../../state/useYear.ts";
import { Deferred } from "../../ui/Deferred.tsx";
import { IncompleteYearNote } from "../../ui/IncompleteYearNote.tsx";
import { EmptyState, QueryState } from "../../ui/QueryState.tsx";
import { SyntheticBadge, SyntheticBanner } from "../../ui/SyntheticBadge.tsx";
import { hasSynthetic } from "../../ui/synthetic.ts";
import { FactorActions } from "../actionPlan/FactorActions.tsx";
import { AttributionSection } from "./AttributionSection.tsx";
import { FactorRanksSection } from "./FactorRanksSection.tsx";
import { FactorScoresSection } from "./FactorScoresSection.tsx";
import { FactorShareSection } from "./FactorShareSection.tsx";
import { ModelBox } from "./ModelBox.tsx";
import { FACTORS_MESSAGES } from "./messages.ts";
import { useGapQuery } from "./queries.ts";
import { SmallestChange } from "./SmallestChange.tsx";
import { StatisticsTable } from "./StatisticsTable.tsx";
import { factorSliders } from "./sliders.ts";
import { useWhatIfDraft } from "./useWhatIfDraft.ts";
import { WhatIfPanel } from "./WhatIfPanel.tsx";

export default function FactorsPage() {
	const { lang } = useI18n();
	const m = useMessages(FACTORS_MESSAGES);
	const { code } = useSelection();
	const { year, isPending, incomplete } = useYear();
	const gap = useGapQuery(code, year, !isPending);
	const name = useMunicipality(code)?.name ?? code;
	return (
		<article>
			<IncompleteYearNote incomplete={incomplete} />
			<h1>{m.heading(gap.data?.municipality.name ?? name)}</h1>
			<QueryState
				query={gap}
				renderError={(error) => (
					<p>
						{m.cannotShow}
						{errorMessage(error, lang)}
					</p>
				)}
			>
				{(report) =>
					report.gap.factors.length === 0 ? (
						<NoFactorValues report={report} />
					) : (
						<FactorsContent report={report} />
					)
				}
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
	const { specs } = factorSliders(report);
	const synthetic = hasSynthetic(report.provenance.factors, [
		report.gap.numberTen?.provenance,
		report.gap.rankProvenance,
		report.gap.modelProvenance,
	]);
	const higherIsBetter = new Map(
		report.model.weights.map((w) => [w.factorId, w.higherIsBetter]),
	);
	/** "Prova": puts the values on the sliders (the ones already on the slider's step) and shows the first. */
	const tryValues = (values: Record<string, number>) => {
		whatIf.replaceAll(values);
		const first = Object.keys(values)[0];
		if (first)
			document
				.querySelector(`input[data-factor="${first}"]`)
				?.scrollIntoView({ block: "center" });
	};
	return (
		<>
			<SyntheticBanner show={synthetic} />
			<ModelBox model={report.model} year={report.year} />
			<GapLead report={report} />
			<FactorShareSection report={report} />
			<Deferred>
				<FactorScoresSection report={report} />
				<FactorRanksSection
					code={report.municipality.code}
					name={report.municipality.name}
					year={report.year}
				/>
				<StatisticsTable report={report} />
				<WhatIfPanel report={report} {...whatIf} />
				{report.smallestChange && report.smallestChange.factors.length > 0 && (
					<SmallestChange
						result={report.smallestChange}
						year={report.year}
						specs={specs}
						higherIsBetter={higherIsBetter}
						onTry={tryValues}
					/>
				)}
				<AttributionSection report={report} />
				<FactorActions factors={report.gap.factors} />
			</Deferred>
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
	return (
		<p className="lead">
			<span data-testid="gap-lead">{text}</span>{" "}
			<SyntheticBadge show={report.gap.rankProvenance === "synthetic"} />
		</p>
	);
}
