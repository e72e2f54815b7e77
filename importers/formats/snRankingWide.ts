import { TOTAL_FACTOR_ID } from "../../domain/ids.ts";
import { issueOf } from "../../domain/importIssues.ts";
import { cellAt, type YearColumn } from "../table/header.ts";
import {
	DESCRIPTIVE_COLUMNS,
	type LayoutDescription,
} from "../table/layout.ts";
import type { TableRecord } from "../table/readDelimited.ts";
import {
	countMunicipality,
	parseRank,
	warnAboutIncompleteYears,
} from "../table/recordChecks.ts";
import type { Reading } from "../table/tableReader.ts";
import { findInTitles } from "../table/titles.ts";
import { isMissingCell } from "../table/values.ts";
import { forEachWideRow, yearColumnsOf } from "../table/wideTable.ts";
import { checkRanksAreRanks } from "./rankValues.ts";
import { findStatisticName } from "./statisticNames.ts";
import {
	type RowsToRead,
	readingFormat,
	type TableFormat,
} from "./tableFormat.ts";

const LAYOUT = {
	requires: [["code", "name"], "yearColumn"],
	reads: ["code", "name", "change", "rank", ...DESCRIPTIVE_COLUMNS],
	unknownColumns: "refuse",
	describes: "Kommun (or Kommunkod) and one column per year",
} as const satisfies LayoutDescription;

/**
 * foretagsklimat.se's ranking table: `[Placering, ]Kommun[, Län][, Kommungrupp], 2014, 2015, …[, change]`,
 * the change column headed "/" or "Förändring", a Placering column the latest year's rank. Not when the title or file name names a statistic
 * (a per-factor download without Delserie columns has the same header).
 */
export const snRankingWide: TableFormat = readingFormat({
	id: "sn-ranking-wide",
	source: "sn-ranking",
	layout: LAYOUT,
	accepts: (table) => {
		const statistic = findInTitles(table, findStatisticName);
		return statistic
			? issueOf("statistics-not-ranks", {
					factor: statistic.found,
					from: statistic.from,
					text: statistic.text,
				})
			: null;
	},
	read: readSnRankingWide,
});

/**
 * "+2", "-1", "−1", "↑2", "↓1", "±0" (signed: previous rank − this rank) or "2" (unsigned: places
 * moved, the arrow being an icon on foretagsklimat.se).
 */
const CHANGE = /^([+\-\u2212\u2013↑↓▲▼]|±)?\s?(\d+)$/;
const FALLS = new Set(["-", "\u2212", "\u2013", "↓", "▼"]);

/** Reads one rank column per year; the change column is checked against the last two years, never stored. */
function readSnRankingWide({
	reading,
	columns,
	table,
}: RowsToRead<typeof LAYOUT>): void {
	const ranked = new Map<number, Set<string>>();
	const ranks = checkRanksAreRanks(reading);
	forEachWideRow(
		reading,
		columns,
		yearColumnsOf(table.cells),
		false,
		(record, code, years) => {
			if (
				reading.isRepeated(
					record,
					code,
					columns.code ?? columns.name,
					(firstLine) =>
						issueOf("municipality-repeated", {
							municipalityCode: code,
							municipality: reading.nameOf(code),
							year: null,
							firstLine,
						}),
				)
			)
				return;
			const byYear = new Map<number, number>();
			for (const { year, position } of years) {
				const rank = ranks.read(record, position, parseRank);
				if (rank === null || rank === undefined) continue;
				byYear.set(year, rank);
				reading.result.snResults.push({
					year,
					municipalityCode: code,
					factorId: TOTAL_FACTOR_ID,
					rank,
					score: null,
					source: null,
				});
				countMunicipality(ranked, year, code);
			}
			checkChange(reading, record, columns.change, code, years, byYear);
			checkCurrentRank(reading, record, columns.rank, code, years, byYear);
		},
	);
	if (!ranks.finish())
		warnAboutIncompleteYears(reading.result, ranked, "ranks");
}

/** A Placering column beside the year columns is the latest year's rank: checked, not stored twice. */
function checkCurrentRank(
	reading: Reading,
	record: TableRecord,
	position: number | undefined,
	code: string,
	years: YearColumn[],
	byYear: Map<number, number>,
): void {
	if (position === undefined) return;
	const rank = reading.readNumber(record, position, parseRank, true);
	const latest = Math.max(...years.map((column) => column.year));
	const stored = byYear.get(latest);
	if (rank === null || rank === undefined || stored === undefined) return;
	if (rank !== stored)
		reading.warn(
			record,
			position,
			issueOf("current-rank-disagrees", {
				municipalityCode: code,
				municipality: reading.nameOf(code),
				year: latest,
				rank: stored,
			}),
		);
}

/**
 * The change column is a check, not a figure: unsigned ("2" for a rise and for a fall, the arrow
 * being an icon) it must equal the places moved, signed it must equal previous − this year's rank.
 */
function checkChange(
	reading: Reading,
	record: TableRecord,
	position: number | undefined,
	code: string,
	years: YearColumn[],
	byYear: Map<number, number>,
): void {
	const cell = cellAt(record, position);
	if (position === undefined || isMissingCell(cell)) return;
	const match = CHANGE.exec(cell.trim());
	if (!match) {
		reading.refuse(record, position, issueOf("not-a-change", {}));
		return;
	}
	const last = [...years].sort((a, b) => b.year - a.year)[0];
	if (!last) return;
	const rank = byYear.get(last.year);
	const previousRank = byYear.get(last.year - 1);
	if (rank === undefined || previousRank === undefined) return;
	const sign = match[1];
	const places = Number(match[2]);
	const signed = sign !== undefined && sign !== "±";
	const expected = signed ? previousRank - rank : Math.abs(previousRank - rank);
	const stated = signed && FALLS.has(sign) ? -places : places;
	if (stated !== expected)
		reading.warn(
			record,
			position,
			issueOf("change-disagrees", {
				municipalityCode: code,
				municipality: reading.nameOf(code),
				previousYear: last.year - 1,
				year: last.year,
				previousRank,
				rank,
				signed,
			}),
		);
}
