import {
	combineProvenances,
	type Provenance,
} from "../../../domain/provenance.ts";
import type {
	CompareRow,
	Comparison,
} from "../../../server/schemas/compare.ts";
import type { TableData } from "../../export/table.ts";
import type { Lang } from "../../i18n/format.ts";
import { TERMS } from "../../i18n/terms.ts";
import type { MultiRankPoint, ScatterPoint } from "./compareData.ts";
import { COMPARE_MESSAGES } from "./messages.ts";

/** The modelled rank is computed from the factor values: synthetic when any of them is. */
export function modelledProvenance(row: CompareRow): Provenance | null {
	const provenances = Object.values(row.factorProvenances);
	return row.modelledRank === null || provenances.length === 0
		? null
		: combineProvenances(provenances);
}

/**
 * The comparison as an export table, in the page's order: rank and modelled rank, the survey
 * (sammanfattande omdöme first), the statistics, then Insikt; every value with its provenance.
 */
export function comparisonTable(
	comparison: Comparison,
	ordered: readonly Comparison["factors"][number][],
	lang: Lang,
): TableData {
	const m = COMPARE_MESSAGES[lang].table;
	return {
		columns: [
			{ key: "name", label: m.municipality },
			{ key: "code", label: m.code },
			{ key: "rank", label: m.rankIn(comparison.year) },
			{ key: "modelledRank", label: m.modelled },
			...ordered.map((f) => ({
				key: `f:${f.id}`,
				label: f.label,
				digits: f.kind === "survey" ? 2 : undefined,
			})),
			{ key: "nki", label: TERMS[lang].nkiTotal },
			{ key: "nkiYear", label: m.nkiYear, kind: "year" },
		],
		rows: comparison.rows.map((r) => ({
			name: r.name,
			code: r.code,
			rank: r.rank,
			modelledRank: r.modelledRank,
			...Object.fromEntries(
				ordered.map((f) => [`f:${f.id}`, r.factorScores[f.id] ?? null]),
			),
			nki: r.nki?.value ?? null,
			nkiYear: r.nki?.year ?? null,
		})),
		provenance: comparison.rows.map((r) => ({
			rank: r.rankProvenance,
			modelledRank: modelledProvenance(r),
			...Object.fromEntries(
				ordered.map((f) => [`f:${f.id}`, r.factorProvenances[f.id]]),
			),
			nki: r.nki?.provenance,
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
			{ key: "year", label: COMPARE_MESSAGES[lang].table.year, kind: "year" },
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
			{ key: "nkiYear", label: m.nkiYear, kind: "year" },
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
