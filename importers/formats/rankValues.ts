import { type ImportIssue, issueOf } from "../../domain/importIssues.ts";
import { cellAt } from "../table/header.ts";
import { issueAtCell } from "../table/issues.ts";
import type { TableRecord } from "../table/readDelimited.ts";
import type { Reading } from "../table/tableReader.ts";
import { type ParsedNumber, parseSwedishNumber } from "../table/values.ts";

/** From this many values that are numbers but not ranks, a "ranking" is taken for statistics. */
const MIN_NON_RANKS = 5;

export interface RankCells {
	/** The rank in a cell: null when missing, undefined after an error at the cell. */
	read(
		record: TableRecord,
		position: number,
		parse: (cell: string) => ParsedNumber,
		isOptional?: boolean,
	): number | null | undefined;
	/**
	 * When most values are numbers but not ranks (37.8, 1 234), replaces their errors with one
	 * that says the file holds statistics; call once after the last row. True when it did.
	 */
	finish(): boolean;
}

/**
 * Reads rank cells for a ranking layout, watching whether its values are ranks at all: a
 * statistics download read as a ranking would otherwise give one error per cell.
 */
export function checkRanksAreRanks(reading: Reading): RankCells {
	const rankErrors: ImportIssue[] = [];
	let values = 0;
	let example: { record: TableRecord; position: number } | null = null;
	let nonRanks = 0;
	return {
		read(record, position, parse, isOptional = false) {
			const before = reading.result.errors.length;
			const rank = reading.readNumber(record, position, parse, isOptional);
			if (rank === null) return null;
			values++;
			if (rank !== undefined) return rank;
			const error = reading.result.errors[before];
			if (error) rankErrors.push(error);
			const number = parseSwedishNumber(cellAt(record, position));
			if (number.ok && number.value !== null) {
				nonRanks++;
				example ??= { record, position };
			}
			return undefined;
		},
		finish() {
			if (nonRanks < MIN_NON_RANKS || nonRanks * 2 < values || !example)
				return false;
			const replaced = new Set(rankErrors);
			const { result } = reading;
			result.errors = result.errors.filter((error) => !replaced.has(error));
			result.errors.unshift(
				issueAtCell(
					example.record,
					example.position,
					reading.table.headerRecord.cells,
					issueOf("values-not-ranks", {
						nonRanks,
						values,
						example: cellAt(example.record, example.position),
					}),
				),
			);
			return true;
		},
	};
}
