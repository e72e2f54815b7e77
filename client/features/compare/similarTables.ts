import type {
	Indicator,
	SimilarReport,
} from "../../../server/schemas/similar.ts";
import type { TableData } from "../../export/table.ts";
import type { Lang } from "../../i18n/format.ts";
import { areaLabel } from "../../i18n/terms.ts";
import { COMPARE_MESSAGES } from "./messages.ts";

const NKI_PREFIX = "nki:";

/** An indicator in words: a factor's own label, "Kommungrupp (SKR)", or an Insikt area's NKI. */
export function indicatorLabel(
	indicator: Pick<Indicator, "id" | "kind" | "label"> & {
		year?: number | null;
	},
	lang: Lang,
): string {
	const m = COMPARE_MESSAGES[lang].similar;
	if (indicator.kind === "kommungrupp") return m.kommungrupp;
	if (indicator.kind === "nki")
		return m.nki(
			areaLabel(indicator.id.slice(NKI_PREFIX.length), lang),
			indicator.year ?? null,
		);
	return indicator.label ?? indicator.id;
}

/** "Kommungrupp (SKR) (vikt 1), Andel i arbete (vikt 2), …": what the answer compared on. */
export function indicatorsInWords(report: SimilarReport, lang: Lang): string {
	const m = COMPARE_MESSAGES[lang].similar;
	return report.indicators
		.map((i) => m.weighted(indicatorLabel(i, lang), i.weight))
		.join(", ");
}

/** The similar municipalities as a table: order, name, code, difference, weight compared, rank. */
export function similarTable(report: SimilarReport, lang: Lang): TableData {
	const m = COMPARE_MESSAGES[lang].similar;
	const t = COMPARE_MESSAGES[lang].table;
	return {
		columns: [
			{ key: "order", label: m.order, digits: 0 },
			{ key: "name", label: m.municipality },
			{ key: "code", label: t.code },
			{ key: "difference", label: m.difference, digits: 3 },
			{ key: "coverage", label: m.coverage, digits: 2 },
			{ key: "rank", label: m.rank(report.year) },
			{ key: "kommungrupp", label: m.kommungruppColumn },
		],
		rows: report.similar.map((s, index) => ({
			order: index + 1,
			name: s.name,
			code: s.code,
			difference: s.difference,
			coverage: s.coverage,
			rank: s.rank,
			kommungrupp: s.kommungrupp,
		})),
		provenance: report.similar.map((s) => ({
			difference: s.provenance,
			rank: s.rankProvenance,
		})),
	};
}
