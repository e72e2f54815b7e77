import type { ImportSource } from "../../domain/ids.ts";
import type { IssueDetail } from "../../domain/importIssues.ts";
import type { ParsedImport } from "../../domain/importRows.ts";
import type { LayoutDescription } from "../table/layout.ts";
import type { Table } from "../table/tableReader.ts";
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
