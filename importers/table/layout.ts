import type { ColumnKind, HeaderCell, NamedKind } from "./columns.ts";

/** A kind the header must have, or a list of kinds of which any one will do. */
export type Requirement = ColumnKind | readonly ColumnKind[];

/**
 * What a table layout is, as data: the columns it requires and the ones it reads. Every other
 * column of the shared vocabulary (columns.ts) is forbidden, so a table that carries another
 * layout's measures (NKI, area names, Placering, Faktor) is never taken for this one.
 */
export interface LayoutDescription {
	requires: readonly Requirement[];
	/** Kinds read besides the required ones. */
	reads: readonly ColumnKind[];
	/**
	 * Columns no layout knows: "refuse" for layouts that carry ranks (an unknown measure beside a
	 * Placering column may mean the ranks are someone else's), "ignore" to read past them with a
	 * warning. Naming the format (--source) always reads past them.
	 */
	unknownColumns: "refuse" | "ignore";
	/** What the header must hold, in words, for "no header row of … (…) was found". */
	describes: string;
}

/** Columns every table about municipalities may carry and no layout depends on. */
export const DESCRIPTIVE_COLUMNS = [
	"county",
	"countyCode",
	"group",
	"source",
	"note",
	"rowNumber",
] as const satisfies readonly NamedKind[];

export type LayoutFit =
	| { fits: true; ignored: HeaderCell[] }
	| {
			fits: false;
			missing: Requirement[];
			foreign: HeaderCell[];
			unknown: HeaderCell[];
	  };

const REPEATABLE = new Set<ColumnKind>([
	"yearColumn",
	"series",
	"insiktArea",
	"insiktMeasure",
	// "Placering bygglov", "Antal svar bygglov": one per area.
	"rank",
	"responses",
	"responseRate",
]);

function isMet(
	requirement: Requirement,
	kinds: ReadonlySet<ColumnKind>,
): boolean {
	return typeof requirement === "string"
		? kinds.has(requirement)
		: requirement.some((kind) => kinds.has(kind));
}

/** Whether a classified header row is this layout's header, and if not, why not. */
export function fitLayout(
	layout: LayoutDescription,
	cells: readonly HeaderCell[],
	isForced: boolean,
): LayoutFit {
	const kinds = new Set<ColumnKind>();
	for (const cell of cells) if (cell.kind) kinds.add(cell.kind);
	const missing = layout.requires.filter((r) => !isMet(r, kinds));
	const allowed = new Set<ColumnKind>([
		...layout.reads,
		...layout.requires.flatMap((r) => (typeof r === "string" ? [r] : r)),
	]);
	const foreign = cells.filter(
		(cell) => cell.kind !== null && !allowed.has(cell.kind),
	);
	const unknown = cells.filter(
		(cell) => cell.kind === null && cell.text !== "",
	);
	const refusesUnknown = layout.unknownColumns === "refuse" && !isForced;
	if (
		missing.length > 0 ||
		foreign.length > 0 ||
		(refusesUnknown && unknown.length > 0)
	)
		return { fits: false, missing, foreign, unknown };
	const seen = new Set<ColumnKind>();
	const repeated = cells.filter((cell) => {
		if (cell.kind === null || REPEATABLE.has(cell.kind)) return false;
		const isRepeat = seen.has(cell.kind);
		seen.add(cell.kind);
		return isRepeat;
	});
	return { fits: true, ignored: [...unknown, ...repeated] };
}

/** Position of the first cell of a kind (the one a layout reads), or undefined. */
export function positionOf(
	cells: readonly HeaderCell[],
	kind: ColumnKind,
	filter: (cell: HeaderCell) => boolean = () => true,
): number | undefined {
	return cells.find((cell) => cell.kind === kind && filter(cell))?.position;
}

/** Every cell of a kind, in header order. */
export function cellsOf(
	cells: readonly HeaderCell[],
	kind: ColumnKind,
): HeaderCell[] {
	return cells.filter((cell) => cell.kind === kind);
}

/** Where each kind of column stands: `{ year: 0, code: 1, name: undefined }`. */
export type ColumnPositions<K extends readonly ColumnKind[]> = {
	[Kind in K[number]]: number | undefined;
};

/** The position of the first cell of each kind the format reads: `{ year: 0, code: 1, name: undefined }`. */
export function columnPositions<const K extends readonly ColumnKind[]>(
	cells: readonly HeaderCell[],
	kinds: K,
): ColumnPositions<K> {
	const positions: Partial<Record<ColumnKind, number | undefined>> = {};
	for (const kind of kinds) positions[kind] = positionOf(cells, kind);
	return positions as ColumnPositions<K>;
}
