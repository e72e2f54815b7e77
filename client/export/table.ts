import type { Provenance } from "../../domain/provenance.ts";
import type { Lang } from "../i18n/format.ts";

/** The typed table behind every chart: shown as the table view and written as CSV or XLSX. */
export type Cell = string | number | null;

export interface TableColumn {
	key: string;
	label: string;
	/** Decimals for numbers; whole numbers when left out in the table view, as stored in exports. */
	digits?: number;
	/**
	 * How the table view writes the column's numbers: a year never digit-grouped (2023, not
	 * "2 023"), a rank change as "▲ 9" (read "9 placeringar upp"). Exports keep the plain number.
	 */
	kind?: "year" | "rankChange";
}

/** Provenance per column key for one row; figures without one (names, codes) are left out. */
export type RowProvenance = Readonly<
	Record<string, Provenance | null | undefined>
>;

export interface TableData {
	columns: TableColumn[];
	rows: Record<string, Cell>[];
	/**
	 * Provenance per row (in the order of `rows`) and column key. The exports write it beside each
	 * such column ("… (ursprung)") and the XLSX also marks synthetic cells.
	 */
	provenance?: readonly RowProvenance[];
}

/** What an export says above its table: every downloaded file is dated and sourced. */
export interface ExportMeta {
	title: string;
	/** The municipality the table is about or centred on; null when it is about none in particular. */
	municipality: string | null;
	year: number | null;
	source: string;
	downloadedAt: Date;
	/** True when any value is synthetic: the file then says Exempeldata above the table. */
	synthetic: boolean;
	/** The language of the metadata words; Swedish by default. */
	lang?: Lang;
	/** Further lines, e.g. the peer group or how a figure is computed. */
	notes?: readonly string[];
}
