import type { Comparison } from "../../../server/schemas/compare.ts";
import type { TableData } from "../../export/table.ts";
import type { Lang } from "../../i18n/format.ts";
import { provenanceLabel, TERMS } from "../../i18n/terms.ts";
import type { MultiRankPoint, ScatterPoint } from "./compareData.ts";
import { COMPARE_MESSAGES } from "./messages.ts";

/** The comparison as a CSV table: every row with its rank, score, modelled rank, NKI and factor scores. */
export function comparisonTable(comparison: Comparison, lang: Lang): TableData {
	const m = COMPARE_MESSAGES[lang].table;
	return {
		columns: [
			{ key: "name", label: m.municipality },
			{ key: "code", label: m.code },
			{ key: "rank", label: m.rankIn(comparison.year) },
			{ key: "rankProvenance", label: m.rankProvenance },
			{ key: "score", label: m.scoreLong, digits: 2 },
			{ key: "modelledRank", label: m.modelledRank },
			{ key: "nki", label: TERMS[lang].nkiTotal },
			{ key: "nkiYear", label: m.nkiYear },
			...comparison.factors.map((f) => ({
				key: `f:${f.id}`,
				label: f.label,
				digits: 2,
			})),
		],
		rows: comparison.rows.map((r) => ({
			name: r.name,
			code: r.code,
			rank: r.rank,
			rankProvenance: r.rankProvenance
				? provenanceLabel(r.rankProvenance, lang)
				: null,
			score: r.score,
			modelledRank: r.modelledRank,
			nki: r.nki?.value ?? null,
			nkiYear: r.nki?.year ?? null,
			...Object.fromEntries(
				comparison.factors.map((f) => [
					`f:${f.id}`,
					r.factorScores[f.id] ?? null,
				]),
			),
		})),
	};
}

/** The ranks per year as a table: a year per row, a municipality per column. */
export function multiRankTable(
	comparison: Comparison,
	points: MultiRankPoint[],
	lang: Lang,
): TableData {
	return {
		columns: [
			{ key: "year", label: COMPARE_MESSAGES[lang].table.year },
			...comparison.rows.map((r) => ({ key: r.code, label: r.name })),
		],
		rows: points,
	};
}

export function scatterTable(points: ScatterPoint[], lang: Lang): TableData {
	const m = COMPARE_MESSAGES[lang].table;
	return {
		columns: [
			{ key: "name", label: m.municipality },
			{ key: "nki", label: "NKI" },
			{ key: "nkiYear", label: m.nkiYear },
			{ key: "rank", label: m.rank },
		],
		rows: points.map((p) => ({
			name: p.name,
			nki: p.nki,
			nkiYear: p.nkiYear,
			rank: p.rank,
		})),
	};
}
