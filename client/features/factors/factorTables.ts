import type { RankChangeAttribution } from "../../../analysis/rankChangeAttribution.ts";
import {
	combineProvenances,
	type Provenance,
} from "../../../domain/provenance.ts";
import type { GapReport } from "../../../server/schemas/gap.ts";
import type { TableData } from "../../export/table.ts";
import { formatYear, type Lang } from "../../i18n/format.ts";
import { midSentence } from "../../i18n/messages.ts";
import { provenanceLabel, TERMS } from "../../i18n/terms.ts";
import type { FactorScoreRow } from "./FactorScoresChart.tsx";
import { FACTORS_MESSAGES } from "./messages.ts";

/** A value's origin in words, or nothing where there is no value. */
function originOf(
	value: number | null,
	provenance: Provenance | null | undefined,
	lang: Lang,
): string | null {
	return value === null || !provenance
		? null
		: provenanceLabel(provenance, lang);
}

/**
 * The gap per factor: weight, our value, number 10's, the top-10 mean, the gap and its share,
 * each value with its own origin (the share is the model's: synthetic when any value is).
 */
export function factorGapTable(report: GapReport, lang: Lang): TableData {
	const m = FACTORS_MESSAGES[lang].table;
	return {
		columns: [
			{ key: "factor", label: m.factor },
			{ key: "kind", label: m.kind },
			{ key: "weight", label: m.weight, digits: 4 },
			{ key: "ours", label: report.municipality.name, digits: 2 },
			{ key: "oursProvenance", label: m.originOf(report.municipality.name) },
			{ key: "numberTen", label: m.numberTen, digits: 2 },
			{
				key: "numberTenProvenance",
				label: m.originOf(midSentence(m.numberTen)),
			},
			{ key: "top10Mean", label: m.top10Mean, digits: 2 },
			{
				key: "top10MeanProvenance",
				label: m.originOf(midSentence(m.top10Mean)),
			},
			{ key: "gapToNumberTen", label: m.gapToNumberTen, digits: 2 },
			{
				key: "gapProvenance",
				label: m.originOf(midSentence(m.gapToNumberTen)),
			},
			{ key: "share", label: m.share, digits: 1 },
			{ key: "shareProvenance", label: m.originOf(m.shareShort) },
		],
		rows: report.gap.factors.map((f) => ({
			factor: f.label,
			kind: TERMS[lang].factorKind[f.kind],
			weight: f.weight,
			ours: f.ours,
			oursProvenance: originOf(f.ours, f.oursProvenance, lang),
			numberTen: f.numberTen,
			numberTenProvenance: originOf(f.numberTen, f.numberTenProvenance, lang),
			top10Mean: f.top10Mean,
			top10MeanProvenance: originOf(
				f.top10Mean,
				f.top10Provenances.length > 0
					? combineProvenances(f.top10Provenances)
					: null,
				lang,
			),
			gapToNumberTen: f.gapToNumberTen,
			gapProvenance: originOf(
				f.gapToNumberTen,
				f.gapToNumberTenProvenance,
				lang,
			),
			share: f.share === null ? null : f.share * 100,
			shareProvenance: originOf(f.share, report.gap.modelProvenance, lang),
		})),
	};
}

/** The survey factors in the gap's order, for the score bars, each bar with its own provenance. */
export function surveyScoreRows(report: GapReport): FactorScoreRow[] {
	return report.gap.factors
		.filter((f) => f.kind === "survey")
		.map((f) => ({
			factorId: f.factorId,
			label: f.label,
			ours: f.ours,
			numberTen: f.numberTen,
			top10Mean: f.top10Mean,
			provenance: {
				ours: f.oursProvenance,
				numberTen: f.numberTenProvenance,
				top10Mean:
					f.top10Provenances.length > 0
						? combineProvenances(f.top10Provenances)
						: null,
			},
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
			{ key: "oursProvenance", label: m.originOf(name) },
			{ key: "numberTen", label: m.numberTen, digits: 2 },
			{
				key: "numberTenProvenance",
				label: m.originOf(midSentence(m.numberTen)),
			},
			{ key: "top10Mean", label: m.top10Mean, digits: 2 },
			{
				key: "top10MeanProvenance",
				label: m.originOf(midSentence(m.top10Mean)),
			},
		],
		rows: rows.map((r) => ({
			label: r.label,
			ours: r.ours,
			oursProvenance: originOf(r.ours, r.provenance.ours, lang),
			numberTen: r.numberTen,
			numberTenProvenance: originOf(r.numberTen, r.provenance.numberTen, lang),
			top10Mean: r.top10Mean,
			top10MeanProvenance: originOf(r.top10Mean, r.provenance.top10Mean, lang),
		})),
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
			{ key: "provenance", label: m.originOfAll },
		],
		rows: attribution.factors.map((f) => ({
			label: f.label,
			scoreFrom: f.scoreFrom,
			scoreTo: f.scoreTo,
			meanFrom: f.meanFrom,
			meanTo: f.meanTo,
			contribution: f.contribution,
			provenance: provenanceLabel(attribution.provenance, lang),
		})),
	};
}
