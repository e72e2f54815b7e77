import { rankCompetition } from "../../../analysis/competitionRank.ts";
import { foldText } from "../../../domain/foldText.ts";
import { SURVEY_SCORE_FACTOR_ID, TOP_RANK } from "../../../domain/ids.ts";
import {
	combineProvenances,
	type Provenance,
} from "../../../domain/provenance.ts";
import type {
	NationalRanking,
	NationalRow,
} from "../../../server/schemas/rankings.ts";
import type { SortState } from "../../state/urlState.ts";

/**
 * Shaping of GET /api/rankings for the Rankning page. The API gives every municipality's rank,
 * change and each factor's value and rank over all 290 (computed by Topp10); the page filters,
 * searches and sorts those rows and, when asked, ranks them again within the selection
 * (analysis/competitionRank.ts over the national ranks, so ties stay ties).
 */

export type RankingFactor = NationalRanking["factors"][number];
export type FactorResult = NationalRow["factors"][number];

/** What ordering needs of a factor; both the ranking's and the comparison's factors have it. */
interface OrderableFactor {
	id: string;
	label: string;
	kind: "survey" | "statistic";
}

/** Sammanfattande omdöme first, then the other survey questions, then the statistics (by name). */
export function orderFactors<F extends OrderableFactor>(
	factors: readonly F[],
): F[] {
	const weight = (f: F) =>
		f.id === SURVEY_SCORE_FACTOR_ID ? 0 : f.kind === "survey" ? 1 : 2;
	return [...factors].sort(
		(a, b) => weight(a) - weight(b) || a.label.localeCompare(b.label, "sv"),
	);
}

export interface FactorGroup<F extends OrderableFactor = RankingFactor> {
	kind: F["kind"];
	factors: F[];
}

/** The ordered factors split into the survey and the statistics, empty groups left out. */
export function factorGroups<F extends OrderableFactor>(
	ordered: readonly F[],
): FactorGroup<F>[] {
	return (["survey", "statistic"] as const)
		.map((kind) => ({ kind, factors: ordered.filter((f) => f.kind === kind) }))
		.filter((g) => g.factors.length > 0);
}

export function factorResult(
	row: NationalRow,
	factorId: string,
): FactorResult | undefined {
	return row.factors.find((f) => f.factorId === factorId);
}

/** Rows in a set of codes (null = all) whose name or code matches the search, accent-insensitively. */
export function selectRows(
	rows: readonly NationalRow[],
	codes: ReadonlySet<string> | null,
	search: string,
): NationalRow[] {
	const needle = foldText(search.trim());
	return rows.filter(
		(row) =>
			(codes === null || codes.has(row.code)) &&
			(needle === "" ||
				foldText(row.name).includes(needle) ||
				row.code.startsWith(needle)),
	);
}

export type SortValue = string | number | null;

/** The row fields a column can sort on, by the column's key. */
const SORT_FIELDS: Readonly<Record<string, (row: NationalRow) => SortValue>> = {
	rank: (row) => row.rank,
	change: (row) => row.change,
	name: (row) => row.name,
	code: (row) => row.code,
	county: (row) => row.countyName,
	kommungrupp: (row) => row.kommungrupp,
};

/** What a column sorts on: "f:<id>" a factor's rank, else the row's own field. */
export function sortValue(row: NationalRow, key: string): SortValue {
	if (key.startsWith("f:"))
		return factorResult(row, key.slice(2))?.rank ?? null;
	return SORT_FIELDS[key]?.(row) ?? null;
}

/** The direction a column sorts first: ranks and text ascending, change descending (biggest climb first). */
export function firstDirection(key: string): SortState["direction"] {
	return key === "change" ? "desc" : "asc";
}

/** Sorted by a column, missing values always last, ties by rank then name (Swedish order). */
export function sortNational(
	rows: readonly NationalRow[],
	sort: SortState,
): NationalRow[] {
	const factor = sort.direction === "asc" ? 1 : -1;
	const tieBreak = (a: NationalRow, b: NationalRow) =>
		(a.rank ?? Number.POSITIVE_INFINITY) -
			(b.rank ?? Number.POSITIVE_INFINITY) ||
		a.name.localeCompare(b.name, "sv");
	const keyed = rows.map((row) => ({ row, value: sortValue(row, sort.key) }));
	keyed.sort((a, b) => {
		const x = a.value;
		const y = b.value;
		if (x === null || y === null)
			return x === y ? tieBreak(a.row, b.row) : x === null ? 1 : -1;
		const order =
			typeof x === "number" && typeof y === "number"
				? x - y
				: String(x).localeCompare(String(y), "sv");
		return order * factor || tieBreak(a.row, b.row);
	});
	return keyed.map((k) => k.row);
}

/** A municipality's ranks within a selection: the total and each factor, 1 = best of the selection. */
export interface WithinRanks {
	rank: number | null;
	factors: Readonly<Record<string, number | null>>;
}

/**
 * Ranks every row again within the rows given, from the national ranks (lower is better), with
 * standard competition ranking: equal national ranks share a place (1, 2, 2, 4).
 */
export function ranksWithin(
	rows: readonly NationalRow[],
	factorIds: readonly string[],
): Map<string, WithinRanks> {
	const totals = rankCompetition(
		rows.map((r) => r.rank),
		{ descending: false },
	);
	const perFactor = factorIds.map((id) =>
		rankCompetition(
			rows.map((r) => factorResult(r, id)?.rank ?? null),
			{ descending: false },
		),
	);
	return new Map(
		rows.map((row, index) => [
			row.code,
			{
				rank: totals[index] ?? null,
				factors: Object.fromEntries(
					factorIds.map((id, f) => [id, perFactor[f]?.[index] ?? null]),
				),
			},
		]),
	);
}

/** How many of the rows have a value for each factor (what a rank within is "of"). */
export function rankedCounts(
	rows: readonly NationalRow[],
	factorIds: readonly string[],
): Record<string, number> {
	return Object.fromEntries(
		factorIds.map((id) => [
			id,
			rows.filter((r) => factorResult(r, id)?.rank != null).length,
		]),
	);
}

/** One factor of the focus municipality against the selection and its ten best. */
export interface FocusFactorLine {
	factor: RankingFactor;
	value: number | null;
	provenance: Provenance | null;
	/** Among all municipalities with a value, as the API ranks it. */
	nationalRank: number | null;
	nationalOf: number;
	/** Among the selection (and the focus municipality, if it is not in it). */
	withinRank: number | null;
	withinOf: number;
	/** Mean value of the selection's ten best by total rank; null when none has a value. */
	topMean: number | null;
	/** Synthetic when any of the ten best's values is. */
	topProvenance: Provenance | null;
	/** Among the ten best and the focus municipality. */
	amongTopRank: number | null;
	amongTopOf: number;
}

export interface FocusSummary {
	row: NationalRow;
	isMember: boolean;
	/** The selection's ten best by total rank (fewer when the selection is smaller). */
	top: NationalRow[];
	withinRank: number | null;
	withinOf: number;
	lines: FocusFactorLine[];
}

/** Where the focus municipality stands on every factor among the selection and its ten best. */
export function focusSummary(
	all: readonly NationalRow[],
	selection: readonly NationalRow[],
	focusCode: string,
	factors: readonly RankingFactor[],
): FocusSummary | null {
	const row = all.find((r) => r.code === focusCode);
	if (!row) return null;
	const isMember = selection.some((r) => r.code === focusCode);
	const group = isMember ? [...selection] : [...selection, row];
	const top = sortNational(
		selection.filter((r) => r.rank !== null),
		{ key: "rank", direction: "asc" },
	).slice(0, TOP_RANK);
	const topWithFocus = top.some((r) => r.code === focusCode)
		? top
		: [...top, row];
	const ids = factors.map((f) => f.id);
	const within = ranksWithin(group, ids).get(focusCode);
	const amongTop = ranksWithin(topWithFocus, ids).get(focusCode);
	const withinCounts = rankedCounts(group, ids);
	const topCounts = rankedCounts(topWithFocus, ids);
	return {
		row,
		isMember,
		top,
		withinRank: within?.rank ?? null,
		withinOf: group.filter((r) => r.rank !== null).length,
		lines: factors.map((factor) => {
			const result = factorResult(row, factor.id);
			const topResults = top
				.map((r) => factorResult(r, factor.id))
				.filter((r) => r?.value != null);
			const values = topResults.map((r) => r?.value ?? 0);
			return {
				factor,
				value: result?.value ?? null,
				provenance: result?.provenance ?? null,
				nationalRank: result?.rank ?? null,
				nationalOf: factor.rankedCount,
				withinRank: within?.factors[factor.id] ?? null,
				withinOf: withinCounts[factor.id] ?? 0,
				topMean:
					values.length === 0
						? null
						: values.reduce((sum, v) => sum + v, 0) / values.length,
				topProvenance:
					values.length === 0
						? null
						: combineProvenances(topResults.map((r) => r?.provenance)),
				amongTopRank: amongTop?.factors[factor.id] ?? null,
				amongTopOf: topCounts[factor.id] ?? 0,
			};
		}),
	};
}

/** Provenances of everything the rows show, for the Exempeldata banner and the exports. */
export function rowsProvenances(rows: readonly NationalRow[]): Set<Provenance> {
	const all = new Set<Provenance>();
	for (const row of rows) {
		if (row.provenance) all.add(row.provenance);
		if (row.changeProvenance) all.add(row.changeProvenance);
		for (const f of row.factors) if (f.provenance) all.add(f.provenance);
	}
	return all;
}
