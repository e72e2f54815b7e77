import type { NationalRow } from "../../../server/schemas/rankings.ts";
import type {
	RowProvenance,
	TableColumn,
	TableData,
} from "../../export/table.ts";
import type { Lang } from "../../i18n/format.ts";
import { RANKINGS_MESSAGES } from "./messages.ts";
import {
	type FocusSummary,
	factorResult,
	type RankingFactor,
	type WithinRanks,
} from "./rankingsData.ts";

/** Survey scores with two decimals as on the page; statistics as stored. */
const exportDigits = (factor: RankingFactor) =>
	factor.kind === "survey" ? 2 : undefined;

/** The rows as listed (filtered and sorted): rank, change, the municipality, each factor's value and rank. */
export function nationalTable(
	rows: readonly NationalRow[],
	factors: readonly RankingFactor[],
	within: ReadonlyMap<string, WithinRanks> | null,
	previousYear: number | null,
	lang: Lang,
): TableData {
	const m = RANKINGS_MESSAGES[lang];
	const columns: TableColumn[] = [
		{ key: "rank", label: m.table.rank },
		...(within ? [{ key: "rankWithin", label: m.table.rankWithin }] : []),
		{
			key: "change",
			label:
				previousYear === null
					? m.table.changeShort
					: m.table.change(previousYear),
			kind: "rankChange",
		},
		{ key: "name", label: m.table.name },
		{ key: "code", label: m.table.code },
		{ key: "county", label: m.table.county },
		{ key: "kommungrupp", label: m.table.kommungrupp },
		...factors.flatMap((f): TableColumn[] => [
			{ key: `f:${f.id}`, label: f.label, digits: exportDigits(f) },
			{ key: `r:${f.id}`, label: m.export.rankOf(f.label) },
			...(within
				? [{ key: `w:${f.id}`, label: m.export.rankWithinOf(f.label) }]
				: []),
		]),
	];
	const provenance: RowProvenance[] = rows.map((row) => ({
		rank: row.provenance,
		change: row.changeProvenance,
		...Object.fromEntries(
			factors.flatMap((f) => [
				[`f:${f.id}`, factorResult(row, f.id)?.provenance],
				[`r:${f.id}`, f.rankProvenance],
				...(within ? [[`w:${f.id}`, f.rankProvenance]] : []),
			]),
		),
	}));
	return {
		columns,
		rows: rows.map((row) => {
			const w = within?.get(row.code);
			return {
				rank: row.rank,
				rankWithin: w?.rank ?? null,
				change: row.change,
				name: row.name,
				code: row.code,
				county: row.countyName,
				kommungrupp: row.kommungrupp,
				...Object.fromEntries(
					factors.flatMap((f) => {
						const result = factorResult(row, f.id);
						return [
							[`f:${f.id}`, result?.value ?? null],
							[`r:${f.id}`, result?.rank ?? null],
							[`w:${f.id}`, w?.factors[f.id] ?? null],
						];
					}),
				),
			};
		}),
		provenance,
	};
}

/** The focus municipality per factor: value, rank in the country, in the selection and among its ten best. */
export function focusTable(summary: FocusSummary, lang: Lang): TableData {
	const m = RANKINGS_MESSAGES[lang].focus;
	return {
		columns: [
			{ key: "factor", label: m.factor },
			{ key: "value", label: m.value, digits: 2 },
			{ key: "national", label: m.national },
			{ key: "nationalOf", label: m.ofColumn(m.national) },
			{ key: "within", label: m.within },
			{ key: "withinOf", label: m.ofColumn(m.within) },
			{ key: "topMean", label: m.topMean, digits: 2 },
			{ key: "amongTop", label: m.amongTop },
			{ key: "amongTopOf", label: m.ofColumn(m.amongTop) },
		],
		rows: summary.lines.map((line) => ({
			factor: line.factor.label,
			value: line.value,
			national: line.nationalRank,
			nationalOf: line.nationalOf,
			within: line.withinRank,
			withinOf: line.withinOf,
			topMean: line.topMean,
			amongTop: line.amongTopRank,
			amongTopOf: line.amongTopOf,
		})),
		provenance: summary.lines.map((line) => ({
			value: line.provenance,
			national: line.factor.rankProvenance,
			within: line.factor.rankProvenance,
			topMean: line.topProvenance,
			amongTop: line.factor.rankProvenance,
		})),
	};
}
