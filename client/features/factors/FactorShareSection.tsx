import type { GapReport } from "../../../server/schemas/gap.ts";
import { ChartFrame } from "../../charts/ChartFrame.tsx";
import { modelWords } from "../../i18n/terms.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import type { PrintSize } from "../overview/RankTrendSection.tsx";
import { FactorShareChart, factorShareLegend } from "./FactorShareChart.tsx";
import { shareRows } from "./factorData.ts";
import { factorGapTable } from "./factorTables.ts";
import { FACTORS_MESSAGES } from "./messages.ts";

/** How many factors the printed report shows. */
const PRINTED_FACTORS = 8;

/** Each factor's share of the modelled gap to the top 10, largest first. */
export function FactorShareSection({
	report,
	print,
}: {
	report: GapReport;
	/** For the report: a static frame with the largest factors and the model named. */
	print?: PrintSize;
}) {
	const { lang, year } = useI18n();
	const m = useMessages(FACTORS_MESSAGES);
	const name = report.municipality.name;
	const all = shareRows(report.gap.factors);
	const rows = print ? all.slice(0, PRINTED_FACTORS) : all;
	if (rows.length === 0) return null;
	return (
		<ChartFrame
			id={print ? "report-factor-share" : "factor-share"}
			staticView={print !== undefined}
			title={m.share.title}
			subtitle={
				print
					? m.share.printSubtitle(name, report.year, PRINTED_FACTORS)
					: `${name} ${year(report.year)}`
			}
			description={
				print
					? m.share.printDescription(
							modelWords(report.model.id, lang).name,
							report.model.fit.spearman,
						)
					: m.share.description
			}
			source={print ? m.share.printSource : m.source}
			table={factorGapTable(report, lang)}
			legend={factorShareLegend(lang)}
			synthetic={report.gap.modelProvenance === "synthetic"}
			municipality={name}
			year={report.year}
		>
			<FactorShareChart rows={rows} lang={lang} width={print?.width} />
		</ChartFrame>
	);
}
