import type {
	ImportIssue,
	IssueDetail,
	IssuePlace,
} from "../../domain/importIssues.ts";
import { issueReason } from "../../domain/importIssueText.ts";
import { cellAt, columnAt, columnLetters } from "./header.ts";
import type { TableRecord } from "./readDelimited.ts";

/** An issue with its English message (the CLI's and the logs'), at a place. */
export function placedIssue(
	detail: IssueDetail,
	place: IssuePlace,
): ImportIssue {
	const issue = { ...place, ...detail };
	return { ...issue, message: issueReason(issue, "cli") };
}

/**
 * An issue at one cell: line and column for text files, sheet and A1 reference for spreadsheets,
 * the column's header and the cell's text. `position` undefined is the row as a whole.
 */
export function issueAtCell(
	record: TableRecord,
	position: number | undefined,
	headerCells: readonly string[] | undefined,
	detail: IssueDetail,
	value: string = cellAt(record, position),
): ImportIssue {
	const column = columnAt(record, position);
	const header =
		position === undefined ? undefined : headerCells?.[position] || undefined;
	const place: IssuePlace = {
		line: record.line,
		column,
		...(record.sheet === undefined
			? {}
			: {
					sheet: record.sheet,
					cell: `${columnLetters(column)}${record.line}`,
				}),
		...(header === undefined ? {} : { header }),
		...(position === undefined ? {} : { value }),
	};
	return placedIssue(detail, place);
}
