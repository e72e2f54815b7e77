import type { InsiktSummary } from "../../../analysis/insikt.ts";
import { SERVICE_FACTOR_IDS } from "../../../domain/insikt.ts";
import type { TableData } from "../../export/table.ts";
import type { Lang } from "../../i18n/format.ts";
import {
	areaLabel,
	gradeName,
	provenanceLabel,
	serviceFactorLabel,
} from "../../i18n/terms.ts";
import {
	type HeatmapCell,
	type NkiTrendRow,
	nkiColumns,
} from "./insiktData.ts";
import { INSIKT_MESSAGES } from "./messages.ts";

/** NKI per area with Riket, the grade the API gave, the rank and the provenance. */
export function areasTable(summary: InsiktSummary, lang: Lang): TableData {
	const m = INSIKT_MESSAGES[lang].table;
	const nki = nkiColumns(lang);
	return {
		columns: [
			{ key: "label", label: m.area },
			nki.value,
			nki.riket,
			{ key: "grade", label: m.grade },
			{ key: "rank", label: m.rank },
			{ key: "rankedCount", label: m.rankedCount },
			nki.provenance,
		],
		rows: summary.areas.map((a) => ({
			label: areaLabel(a.area, lang),
			value: a.value,
			riket: a.riket,
			grade: gradeName(a.grade.id, lang),
			rank: a.rank,
			rankedCount: a.rankedCount,
			provenance: provenanceLabel(a.provenance, lang),
		})),
	};
}

/** The heatmap as a table: an area per row, a service factor per column, each with its origin. */
export function heatmapTable(
	rows: readonly { area: string; cells: HeatmapCell[] }[],
	lang: Lang,
): TableData {
	const m = INSIKT_MESSAGES[lang].table;
	return {
		columns: [
			{ key: "area", label: m.area },
			...SERVICE_FACTOR_IDS.flatMap((id) => [
				{ key: id, label: serviceFactorLabel(id, lang) },
				{
					key: `${id}:provenance`,
					label: m.originOf(serviceFactorLabel(id, lang)),
				},
			]),
		],
		rows: rows.map((r) => ({
			area: areaLabel(r.area, lang),
			...Object.fromEntries(
				r.cells.flatMap((c) => [
					[c.measure, c.value],
					[
						`${c.measure}:provenance`,
						c.value !== null && c.provenance
							? provenanceLabel(c.provenance, lang)
							: null,
					],
				]),
			),
		})),
	};
}

export function nkiTrendTable(
	rows: readonly NkiTrendRow[],
	lang: Lang,
): TableData {
	const nki = nkiColumns(lang);
	return {
		columns: [
			{ key: "year", label: INSIKT_MESSAGES[lang].table.year, kind: "year" },
			nki.value,
			nki.riket,
			nki.provenance,
		],
		rows: rows.map((r) => ({
			year: r.year,
			value: r.value,
			riket: r.riket,
			provenance: r.provenance ? provenanceLabel(r.provenance, lang) : null,
		})),
	};
}
