import type { RankChangeAttribution } from "../../../analysis/rankChangeAttribution.ts";
import type { GapReport } from "../../../server/schemas/gap.ts";
import type { TableData } from "../../export/table.ts";
import { formatYear, type Lang } from "../../i18n/format.ts";
import { TERMS } from "../../i18n/terms.ts";
import type { FactorScoreRow } from "./FactorScoresChart.tsx";
import { FACTORS_MESSAGES } from "./messages.ts";

/** The gap per factor: weight, our value, number 10's, the top-10 mean, the gap and its share. */
export function factorGapTable(report: GapReport, lang: Lang): TableData {
	const m = FACTORS_MESSAGES[lang].table;
	return {
		columns: [
			{ key: "factor", label: m.factor },
			{ key: "kind", label: m.kind },
			{ key: "weight", label: m.weight, digits: 4 },
			{ key: "ours", label: report.municipality.name, digits: 2 },
			{ key: "numberTen", label: m.numberTen, digits: 2 },
			{ key: "top10Mean", label: m.top10Mean, digits: 2 },
			{ key: "gapToNumberTen", label: m.gapToNumberTen, digits: 2 },
			{ key: "share", label: m.share, digits: 1 },
		],
		rows: report.gap.factors.map((f) => ({
			factor: f.label,
			kind: TERMS[lang].factorKind[f.kind],
			weight: f.weight,
			ours: f.ours,
			numberTen: f.numberTen,
			top10Mean: f.top10Mean,
			gapToNumberTen: f.gapToNumberTen,
			share: f.share === null ? null : f.share * 100,
		})),
	};
}

/** The survey factors in the gap's order, for the score bars. */
export function surveyScoreRows(report: GapReport): FactorScoreRow[] {
	return report.gap.factors
		.filter((f) => f.kind === "survey")
		.map((f) => ({
			factorId: f.factorId,
			label: f.label,
			ours: f.ours,
			numberTen: f.numberTen,
			top10Mean: f.top10Mean,
		}));
}

export function surveyScoreTable(
	rows: FactorScoreRow[],
	name: string,
	lang: Lang,
): TableData {
	const m = FACTORS_MESSAGES[lang].table;
	return {
		columns: [
			{ key: "label", label: m.factor },
			{ key: "ours", label: name, digits: 2 },
			{ key: "numberTen", label: m.numberTen, digits: 2 },
			{ key: "top10Mean", label: m.top10Mean, digits: 2 },
		],
		rows: rows.map((r) => ({ ...r })),
	};
}

/** Each factor's scores and means in the two years, and its part of the modelled change. */
export function attributionTable(
	attribution: RankChangeAttribution,
	lang: Lang,
): TableData {
	const m = FACTORS_MESSAGES[lang].table;
	const { fromYear, toYear } = attribution;
	return {
		columns: [
			{ key: "label", label: m.factor },
			{ key: "scoreFrom", label: formatYear(fromYear), digits: 2 },
			{ key: "scoreTo", label: formatYear(toYear), digits: 2 },
			{ key: "meanFrom", label: m.meanOf(fromYear), digits: 2 },
			{ key: "meanTo", label: m.meanOf(toYear), digits: 2 },
			{ key: "contribution", label: m.contribution, digits: 3 },
		],
		rows: attribution.factors.map((f) => ({ ...f })),
	};
}
