import type { GapReport } from "../../../server/schemas/gap.ts";
import { ChartFrame } from "../../charts/ChartFrame.tsx";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { EmptyState } from "../../ui/QueryState.tsx";
import { SyntheticBadge } from "../../ui/SyntheticBadge.tsx";
import { AttributionChart, attributionLegend } from "./AttributionChart.tsx";
import { attributionSentence } from "./attributionSentence.ts";
import { attributionRows } from "./factorData.ts";
import { attributionTable } from "./factorTables.ts";
import { FACTORS_MESSAGES } from "./messages.ts";

/** Why the rank moved since the previous year with factor values, under the model. */
export function AttributionSection({ report }: { report: GapReport }) {
	const { lang, years } = useI18n();
	const messages = useMessages(FACTORS_MESSAGES);
	const m = messages.attribution;
	const { attribution } = report;
	if (!attribution)
		return (
			<section className="panel">
				<h2>{m.noEarlierTitle}</h2>
				<p className="muted">{m.noEarlier}</p>
			</section>
		);
	const rows = attributionRows(attribution.factors);
	const { modelledRank } = attribution;
	const name = report.municipality.name;
	return (
		<ChartFrame
			id="rank-change"
			title={m.title(attribution.fromYear)}
			subtitle={`${name} ${years([attribution.fromYear, attribution.toYear])}`}
			description={m.description}
			source={messages.source}
			table={attributionTable(attribution, lang)}
			legend={attributionLegend(lang)}
			synthetic={attribution.provenance === "synthetic"}
			municipality={name}
			year={report.year}
			note={
				<p data-testid="attribution-sentence">
					{attributionSentence(attribution, report.model.weights, name, lang)}{" "}
					<SyntheticBadge
						show={
							attribution.provenance === "synthetic" ||
							attribution.publishedRankProvenance === "synthetic"
						}
					/>{" "}
					{modelledRank.change !== null && (
						<span className="muted">
							{m.modelMoved(modelledRank.from, modelledRank.to)}
						</span>
					)}
				</p>
			}
		>
			{rows.length === 0 ? (
				<EmptyState title={m.noFactorMoved} />
			) : (
				<AttributionChart rows={rows} lang={lang} />
			)}
		</ChartFrame>
	);
}
