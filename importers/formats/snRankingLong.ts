import { SURVEY_SCORE_FACTOR_ID, TOTAL_FACTOR_ID } from "../../domain/ids.ts";
import type { ParsedImport } from "../../domain/importRows.ts";
import { type ColumnIndex, cellAt } from "../table/header.ts";
import {
	forEachMunicipalityRow,
	longLayout,
	SOURCE_COLUMN,
	YEAR_AND_MUNICIPALITY_COLUMNS,
	type YearAndMunicipality,
} from "../table/longTable.ts";
import type { TableRecord } from "../table/readDelimited.ts";
import {
	countMunicipality,
	parseRank,
	refuse,
	warnAboutIncompleteYears,
} from "../table/recordChecks.ts";
import { createRepeatCheck, parseTable } from "../table/tableReader.ts";
import { parseSwedishNumber } from "../table/values.ts";
import type { ParseContext } from "./parseContext.ts";

export { MUNICIPALITY_COUNT } from "../table/recordChecks.ts";
export type { ParseContext } from "./parseContext.ts";

export const SURVEY_SCALE = { min: 1, max: 6 } as const;

export const SN_RANKING_LONG_COLUMNS = {
	...YEAR_AND_MUNICIPALITY_COLUMNS,
	rank: ["placering", "plats", "rank", "ranking"],
	score: ["sammanfattande omdome", "omdome", "poang", "score"],
	...SOURCE_COLUMN,
} as const;

type Columns = ColumnIndex<keyof typeof SN_RANKING_LONG_COLUMNS>;

const LAYOUT = longLayout(
	SN_RANKING_LONG_COLUMNS,
	["year", ["code", "name"], ["rank", "score"]],
	"År, Kommun or Kommunkod, and Placering or Sammanfattande omdöme",
);

/** Long ranking with ranks (September release): `År; Kommun(kod); Placering[; Sammanfattande omdöme]`. */
export function looksLikeSnRankingLong(header: string[]): boolean {
	return LAYOUT.readHeader(header)?.columns.rank !== undefined;
}

/** Long survey release without ranks (May): `År; Kommun(kod); Sammanfattande omdöme`. */
export function looksLikeSnSurveyLong(header: string[]): boolean {
	const found = LAYOUT.readHeader(header);
	return found !== null && found.columns.rank === undefined;
}

/**
 * Reads the long ranking/survey layout: `År; Kommun and/or Kommunkod; Placering[; Sammanfattande
 * omdöme][; Källa]`. Without a Placering column the file is a survey-only (May) release: source
 * "sn-survey", scores only.
 */
export function parseSnRankingLong(
	records: TableRecord[],
	context: ParseContext,
): ParsedImport {
	return parseTable(records, "sn-ranking", LAYOUT, (table, result) => {
		const { columns } = table.header;
		if (columns.rank === undefined) result.source = "sn-survey";
		const isRepeated = createRepeatCheck(result);
		const ranked = new Map<number, Set<string>>();
		const scored = new Map<number, Set<string>>();
		forEachMunicipalityRow(table, context, result, false, (record, keys) => {
			const row = readRow(record, keys, columns, result);
			if (!row) return;
			if (
				isRepeated(
					record,
					`${row.year}:${row.code}`,
					columns.year,
					() => `municipality ${row.code} appears twice for ${row.year}`,
				)
			)
				return;
			addRows(result, row, cellAt(record, columns.source) || null);
			if (row.rank !== null) countMunicipality(ranked, row.year, row.code);
			if (row.score !== null) countMunicipality(scored, row.year, row.code);
		});
		if (result.source === "sn-ranking")
			warnAboutIncompleteYears(result, ranked, "ranks");
		else warnAboutIncompleteYears(result, scored, "survey scores");
	});
}

interface LongRow {
	year: number;
	code: string;
	rank: number | null;
	score: number | null;
}

/** The rank and score of a row whose year and municipality passed; null after refusing it. */
function readRow(
	record: TableRecord,
	{ year, code }: YearAndMunicipality,
	columns: Columns,
	result: ParsedImport,
): LongRow | null {
	const rank = parseRank(cellAt(record, columns.rank));
	if (!rank.ok) return refuse(result, record, columns.rank, rank.reason);
	const score = parseSurveyScore(cellAt(record, columns.score));
	if (!score.ok) return refuse(result, record, columns.score, score.reason);
	if (rank.value === null && score.value === null)
		return refuse(
			result,
			record,
			columns.rank ?? columns.score,
			"the row has neither a rank (Placering) nor a score (Sammanfattande omdöme)",
		);
	return {
		year,
		code,
		rank: rank.value,
		score: score.value,
	};
}

/** A survey score on SN's scale 1–6, or null when missing. */
export function parseSurveyScore(
	cell: string,
): { ok: true; value: number | null } | { ok: false; reason: string } {
	const score = parseSwedishNumber(cell);
	if (
		!score.ok ||
		(score.value !== null &&
			(score.value < SURVEY_SCALE.min || score.value > SURVEY_SCALE.max))
	)
		return {
			ok: false,
			reason: `sammanfattande omdöme "${cell.trim()}" must be a number from 1 to 6 (decimal comma allowed)`,
		};
	return score;
}

function addRows(
	result: ParsedImport,
	row: LongRow,
	source: string | null,
): void {
	if (row.rank !== null)
		result.snResults.push({
			year: row.year,
			municipalityCode: row.code,
			factorId: TOTAL_FACTOR_ID,
			rank: row.rank,
			score: null,
			source,
		});
	if (row.score !== null)
		result.snResults.push({
			year: row.year,
			municipalityCode: row.code,
			factorId: SURVEY_SCORE_FACTOR_ID,
			rank: null,
			score: row.score,
			source,
		});
}
