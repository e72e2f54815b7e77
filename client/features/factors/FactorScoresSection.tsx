import type { GapReport } from "../../../server/schemas/gap.ts";
import { ChartFrame } from "../../charts/ChartFrame.tsx";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { FactorScoresChart, factorScoresLegend } from "./FactorScoresChart.tsx";
import { scoreAxis } from "./factorData.ts";
import { surveyScoreRows, surveyScoreTable } from "./factorTables.ts";
import { FACTORS_MESSAGES } from "./messages.ts";

/** The survey factors on the 1–6 scale: ours, number 10's and the top-10 mean. */
export function FactorScoresSection({ report }: { report: GapReport }) {
	const { lang, year } = useI18n();
	const m = useMessages(FACTORS_MESSAGES);
	const rows = surveyScoreRows(report);
	if (rows.length === 0) return null;
	const name = report.municipality.name;
	const numberTenName = report.gap.numberTen?.name ?? m.numberTen;
	const synthetic = rows.some((r) =>
		Object.values(r.provenance).includes("synthetic"),
	);
	return (
		<ChartFrame
			id="factor-scores"
			title={m.scores.title(name)}
			subtitle={year(report.year)}
			description={m.scores.description(name, numberTenName)}
			source={m.source}
			table={surveyScoreTable(rows, name, lang)}
			legend={factorScoresLegend(name, numberTenName, lang, synthetic)}
			synthetic={synthetic}
			municipality={name}
			year={report.year}
		>
			<FactorScoresChart
				rows={rows}
				name={name}
				numberTenName={numberTenName}
				axis={scoreAxis(rows)}
				lang={lang}
			/>
		</ChartFrame>
	);
}
