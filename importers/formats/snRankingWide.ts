import { TOTAL_FACTOR_ID } from "../../domain/ids.ts";
import type { ParsedImport } from "../../domain/importRows.ts";
import { cellAt, issueAt } from "../table/header.ts";
import type { TableRecord } from "../table/readDelimited.ts";
import {
	countMunicipality,
	parseRank,
	warnAboutIncompleteYears,
} from "../table/recordChecks.ts";
import {
	createRepeatCheck,
	forEachValue,
	looksLike,
	parseTable,
} from "../table/tableReader.ts";
import { isMissingCell } from "../table/values.ts";
import {
	forEachWideRow,
	SN_WIDE_COLUMNS,
	wideLayout,
} from "../table/wideTable.ts";
import type { ParseContext } from "./parseContext.ts";

export const SN_RANKING_WIDE_COLUMNS = {
	...SN_WIDE_COLUMNS,
	change: [
		"forandring",
		"andring",
		"forandring placering",
		"forandring mot foregaende ar",
		"+/-",
		"change",
	],
} as const;

const LAYOUT = wideLayout(
	SN_RANKING_WIDE_COLUMNS,
	(columns) => columns.factor === undefined,
	"Kommun (or Kommunkod) and one column per year",
);

/** foretagsklimat.se's ranking table: `Kommun[, Län][, Kommungrupp], 2014, 2015, …[, Förändring]`. */
export function looksLikeSnRankingWide(header: string[]): boolean {
	return looksLike(LAYOUT, header);
}

const CHANGE = /^(?:[+\-\u2212\u2013]?\s?\d+|±\s?0)$/;

/** Reads the wide ranking: one row per municipality, one rank column per year; the change column is checked, not stored. */
export function parseSnRankingWide(
	records: TableRecord[],
	context: ParseContext,
): ParsedImport {
	return parseTable(records, "sn-ranking", LAYOUT, (table, result) => {
		const { columns } = table.header;
		const isRepeated = createRepeatCheck(result);
		const ranked = new Map<number, Set<string>>();
		forEachWideRow(table, context, result, (record, code, years) => {
			if (
				isRepeated(
					record,
					code,
					columns.code ?? columns.name,
					() => `municipality ${code} appears twice`,
				)
			)
				return;
			checkChange(record, columns.change, result);
			forEachValue(record, years, parseRank, result, ({ year }, rank) => {
				result.snResults.push({
					year,
					municipalityCode: code,
					factorId: TOTAL_FACTOR_ID,
					rank,
					score: null,
					source: null,
				});
				countMunicipality(ranked, year, code);
			});
		});
		warnAboutIncompleteYears(result, ranked, "ranks");
	});
}

function checkChange(
	record: TableRecord,
	position: number | undefined,
	result: ParsedImport,
): void {
	const cell = cellAt(record, position);
	if (isMissingCell(cell) || CHANGE.test(cell)) return;
	result.errors.push(
		issueAt(
			record,
			position,
			`change "${cell}" must be a change in places such as +2, -1 or 0, or – when there is none`,
		),
	);
}
