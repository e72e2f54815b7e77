import type { ImportSource } from "../../domain/ids.ts";
import type { IssueDetail } from "../../domain/importIssues.ts";
import type { ParsedImport } from "../../domain/importRows.ts";
import type { ColumnKind } from "../table/columns.ts";
import {
	type ColumnPositions,
	columnPositions,
	type LayoutDescription,
} from "../table/layout.ts";
import {
	type Reading,
	startReading,
	type Table,
} from "../table/tableReader.ts";
import type { ParseContext } from "./parseContext.ts";

/**
 * One table layout, as a description: the columns it requires and reads (every other known
 * column is forbidden), any condition on the file beyond its header, and how its rows become
 * figures. Detection never guesses: a header that fits two layouts is refused.
 */
export interface TableFormat {
	/** Stable id, e.g. "sn-ranking-wide"; domain/importIssueText.ts names it for people. */
	id: string;
	source: ImportSource;
	layout: LayoutDescription;
	/**
	 * Whether the table is this layout's, beyond its header (title rows, file name, a year to be
	 * found): null when it is, else the issue that says why not.
	 */
	accepts?(table: Table, context: ParseContext): IssueDetail | null;
	parse(table: Table, context: ParseContext): ParsedImport;
}

/** Every kind of column a layout requires or reads. */
type KindsOf<L extends LayoutDescription> =
	| Flat<L["requires"][number]>
	| L["reads"][number];
type Flat<R> = R extends readonly ColumnKind[] ? R[number] : R;

/** What a layout's rows are read with: the reading to fill, the layout's columns in the header. */
export interface RowsToRead<L extends LayoutDescription> {
	reading: Reading;
	columns: ColumnPositions<KindsOf<L>[]>;
	table: Table;
	context: ParseContext;
}

/**
 * A layout whose parse reads its rows as its own source: it starts the reading, finds where the
 * layout's columns stand, lets `read` turn rows into figures and finishes the reading (warnings,
 * missing markers, the summary).
 */
export function readingFormat<const L extends LayoutDescription>(
	format: Omit<TableFormat, "parse" | "layout"> & {
		layout: L;
		read(rows: RowsToRead<L>): void;
	},
): TableFormat {
	const { read, ...description } = format;
	const kinds = [...format.layout.requires.flat(), ...format.layout.reads];
	return {
		...description,
		parse(table, context) {
			const reading = startReading(table, context, format.source);
			read({
				reading,
				columns: columnPositions(table.cells, kinds),
				table,
				context,
			});
			return reading.finish();
		},
	};
}
