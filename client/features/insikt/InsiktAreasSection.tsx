import type { InsiktReport } from "../../../server/schemas/insikt.ts";
import { ChartFrame } from "../../charts/ChartFrame.tsx";
import { nkiAxisDomain } from "../../charts/util/axes.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import type { PrintSize } from "../overview/RankTrendSection.tsx";
import { InsiktAreasChart } from "./InsiktAreasChart.tsx";
import { areaBarRows } from "./insiktData.ts";
import { insiktAreasLegend } from "./insiktLegends.ts";
import { areasTable } from "./insiktTables.ts";
import { INSIKT_MESSAGES } from "./messages.ts";

/** NKI per area as bars against SKR's grade bands, with Riket marked. */
export function InsiktAreasSection({
	report,
	print,
}: {
	report: InsiktReport;
	/** For the report: a static frame at a fixed size. */
	print?: PrintSize;
}) {
	const { lang } = useI18n();
	const m = useMessages(INSIKT_MESSAGES);
	const { summary } = report;
	const bars = areaBarRows(report, lang);
	if (!summary || bars.length === 0) return null;
	const name = report.municipality.name;
	const synthetic = bars.some((b) => b.provenance === "synthetic");
	return (
		<ChartFrame
			id={print ? "report-insikt" : "insikt-areas"}
			staticView={print !== undefined}
			title={m.areas.title(summary.year)}
			subtitle={name}
			description={print ? m.areas.printDescription : m.areas.description}
			source={m.source}
			table={areasTable(summary, lang)}
			legend={insiktAreasLegend(name, lang, synthetic)}
			synthetic={synthetic}
			municipality={name}
			year={summary.year}
		>
			<InsiktAreasChart
				rows={bars}
				domain={nkiAxisDomain(bars.flatMap((b) => [b.value, b.riket]))}
				lang={lang}
				width={print?.width}
				height={print?.height}
			/>
		</ChartFrame>
	);
}
