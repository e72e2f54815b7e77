import { spearman } from "../../../analysis/spearman.ts";
import type { Provenance } from "../../../domain/provenance.ts";
import type {
	CompareRow,
	Comparison,
	PeerGroup,
} from "../../../server/schemas/compare.ts";
import type { SortState } from "../../state/urlState.ts";

/** GR when the municipality belongs to it, else its län. */
export function defaultGroup(
	code: string,
	groups: readonly PeerGroup[],
): string | null {
	const gr = groups.find((g) => g.id === "GR");
	if (gr?.codes.includes(code)) return "GR";
	// The län's group is the one of kind "lan" that holds the municipality.
	const lan = groups.find((g) => g.kind === "lan" && g.codes.includes(code));
	return lan?.id ?? gr?.id ?? groups[0]?.id ?? null;
}

export type SortValue = string | number | null;

/** The value a column sorts on: plain keys read the row, "f:<id>" reads a factor score. */
export function sortValue(row: CompareRow, key: string): SortValue {
	if (key.startsWith("f:")) return row.factorScores[key.slice(2)] ?? null;
	switch (key) {
		case "name":
			return row.name;
		case "rank":
			return row.rank;
		case "score":
			return row.score;
		case "modelledRank":
			return row.modelledRank;
		case "nki":
			return row.nki?.value ?? null;
		default:
			return null;
	}
}

/** Sorts the rows by a column; missing values always last, names in Swedish order. */
export function sortRows(
	rows: readonly CompareRow[],
	sort: SortState,
): CompareRow[] {
	const factor = sort.direction === "asc" ? 1 : -1;
	return [...rows].sort((a, b) => {
		const x = sortValue(a, sort.key);
		const y = sortValue(b, sort.key);
		if (x === null && y === null) return a.name.localeCompare(b.name, "sv");
		if (x === null) return 1;
		if (y === null) return -1;
		const order =
			typeof x === "number" && typeof y === "number"
				? x - y
				: String(x).localeCompare(String(y), "sv");
		return order * factor || a.name.localeCompare(b.name, "sv");
	});
}

/** The direction a column sorts first: ranks ascending (1 is best), scores descending. */
export function firstDirection(key: string): SortState["direction"] {
	return key === "rank" || key === "modelledRank" || key === "name"
		? "asc"
		: "desc";
}

export interface MultiRankPoint {
	year: number;
	[code: string]: number | null;
}

/** One row per year with each municipality's rank under its code, for a multi-line chart. */
export function multiRankRows(rows: readonly CompareRow[]): MultiRankPoint[] {
	const years = [
		...new Set(rows.flatMap((r) => r.history.map((h) => h.year))),
	].sort((a, b) => a - b);
	return years.map((year) => {
		const point: MultiRankPoint = { year };
		for (const row of rows)
			point[row.code] = row.history.find((h) => h.year === year)?.rank ?? null;
		return point;
	});
}

/** Provenance per code and year, for hollow dots on synthetic ranks. */
export function historyProvenance(
	rows: readonly CompareRow[],
): Map<string, Provenance> {
	const map = new Map<string, Provenance>();
	for (const row of rows)
		for (const h of row.history) map.set(`${row.code}:${h.year}`, h.provenance);
	return map;
}

export interface ScatterPoint {
	code: string;
	name: string;
	nki: number;
	nkiYear: number;
	rank: number;
	synthetic: boolean;
}

/** Municipalities with both an NKI and a rank, for the NKI-against-rank scatter. */
export function scatterPoints(rows: readonly CompareRow[]): ScatterPoint[] {
	return rows.flatMap((r) =>
		r.nki && r.rank !== null
			? [
					{
						code: r.code,
						name: r.name,
						nki: r.nki.value,
						nkiYear: r.nki.year,
						rank: r.rank,
						synthetic:
							r.nki.provenance === "synthetic" ||
							r.rankProvenance === "synthetic",
					},
				]
			: [],
	);
}

/** Spearman's rank correlation of NKI and rank in the group (analysis/spearman.ts), or null with fewer than three points. */
export function nkiRankCorrelation(
	points: readonly ScatterPoint[],
): number | null {
	return spearman(
		points.map((p) => p.nki),
		points.map((p) => p.rank),
	);
}

/** The chosen municipality's blue first; no orange, which the top-10 line uses. */
const PALETTE = [
	"#0b5cad",
	"#7a7f00",
	"#6f42c1",
	"#1a7f37",
	"#cf222e",
	"#8a5a00",
	"#0598bc",
	"#bf3989",
];
/** The colours peers get (the first is the chosen municipality's). */
const PEER_COLOURS = PALETTE.length - 1;
/** Solid, then dashed: two line styles per colour. */
const DASHES = [undefined, "7 4"] as const;

/** How many peers (besides the chosen municipality) get a colour and line style of their own. */
export const MAX_DISTINCT_PEERS = PEER_COLOURS * DASHES.length;

/** A distinct colour per peer for small sets; the chosen municipality always gets the main colour. */
export function peerColor(
	index: number,
	count: number,
	isChosen: boolean,
): string {
	if (isChosen) return "var(--chart-line)";
	if (count - 1 > MAX_DISTINCT_PEERS) return "var(--peer)";
	return PALETTE[(index % PEER_COLOURS) + 1] ?? "var(--peer)";
}

export interface PeerSeries {
	code: string;
	name: string;
	color: string;
	/** A stroke dash pattern, so two peers of the same colour can still be told apart. */
	dash?: string;
	isChosen: boolean;
}

/**
 * One line per peer: the chosen municipality in the main colour; up to MAX_DISTINCT_PEERS others
 * each in a colour and line style of its own (7 colours, solid then dashed), larger sets grey.
 */
export function peerSeries(
	rows: readonly CompareRow[],
	chosen: string,
): PeerSeries[] {
	let peerIndex = 0;
	return rows.map((r) => {
		const isChosen = r.code === chosen;
		const index = isChosen ? 0 : peerIndex++;
		const distinct = !isChosen && rows.length - 1 <= MAX_DISTINCT_PEERS;
		const dash = distinct
			? DASHES[Math.floor(index / PEER_COLOURS) % DASHES.length]
			: undefined;
		return {
			code: r.code,
			name: r.name,
			color: peerColor(index, rows.length, isChosen),
			...(dash ? { dash } : {}),
			isChosen,
		};
	});
}

/** A label at the end of a line: the series and the y of its last point. */
export interface EndLabel {
	code: string;
	y: number;
}

/**
 * Label positions at the lines' right ends: in the order of the lines' ends, each at least `gap`
 * below the one above, kept within [top, bottom] (pushed up from the bottom when they do not fit).
 */
export function placeEndLabels(
	labels: readonly EndLabel[],
	gap: number,
	top: number,
	bottom: number,
): Map<string, number> {
	const sorted = [...labels].sort(
		(a, b) => a.y - b.y || a.code.localeCompare(b.code),
	);
	const placed = sorted.map((l) => Math.min(Math.max(l.y, top), bottom));
	for (let i = 1; i < placed.length; i++)
		placed[i] = Math.max(placed[i] ?? 0, (placed[i - 1] ?? 0) + gap);
	const overflow = (placed.at(-1) ?? bottom) - bottom;
	if (overflow > 0) {
		placed[placed.length - 1] = bottom;
		for (let i = placed.length - 2; i >= 0; i--)
			placed[i] = Math.min(placed[i] ?? 0, (placed[i + 1] ?? 0) - gap);
	}
	return new Map(sorted.map((l, i) => [l.code, placed[i] ?? l.y]));
}

/** Each series' last year with a rank, for its end label. */
export function lastPoints(
	data: readonly MultiRankPoint[],
	series: readonly PeerSeries[],
): { code: string; year: number; rank: number }[] {
	return series.flatMap((s) => {
		for (let i = data.length - 1; i >= 0; i--) {
			const point = data[i];
			const rank = point?.[s.code];
			if (point && rank !== null && rank !== undefined)
				return [{ code: s.code, year: point.year, rank }];
		}
		return [];
	});
}

/** What every section of the comparison gets: the answer, the chosen code and the group's name. */
export interface ComparisonSectionProps {
	comparison: Comparison;
	code: string;
	groupLabel: string;
}
