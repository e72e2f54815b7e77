import { SURVEY_SCORE_FACTOR_ID, TOTAL_FACTOR_ID } from "../db/schema.ts";
import {
	type ColumnIndex,
	cellAt,
	findHeader,
	indexColumns,
	issueAt,
} from "./header.ts";
import { forEachRecord, type ParseContext, placeOf } from "./parseContext.ts";
import {
	countMunicipality,
	createDuplicateCheck,
	isNoteRow,
	matchRecordMunicipality,
	parseRank,
	parseYear,
	refuse,
	skippedRowWarning,
	warnAboutIncompleteYears,
} from "./recordChecks.ts";
import type { TableRecord } from "./text/readDelimited.ts";
import { emptyParsedImport, type ParsedImport } from "./types.ts";
import { parseSwedishNumber } from "./values.ts";

export type { ParseContext } from "./parseContext.ts";
export { MUNICIPALITY_COUNT } from "./recordChecks.ts";

export const SURVEY_SCALE = { min: 1, max: 6 } as const;

export const SN_RANKING_LONG_COLUMNS = {
	year: ["ar", "year"],
	code: ["kommunkod", "kod", "code"],
	name: ["kommun", "kommunnamn", "municipality"],
	rank: ["placering", "plats", "rank", "ranking"],
	score: ["sammanfattande omdome", "omdome", "poang", "score"],
	source: ["kalla", "source"],
} as const;

type Columns = ColumnIndex<keyof typeof SN_RANKING_LONG_COLUMNS>;

function hasRequiredColumns(columns: Columns): boolean {
	return (
		columns.year !== undefined &&
		(columns.code !== undefined || columns.name !== undefined) &&
		(columns.rank !== undefined || columns.score !== undefined)
	);
}

/** Long ranking with ranks (September release): `År; Kommun(kod); Placering[; Sammanfattande omdöme]`. */
export function looksLikeSnRankingLong(header: string[]): boolean {
	const columns = indexColumns(header, SN_RANKING_LONG_COLUMNS);
	return hasRequiredColumns(columns) && columns.rank !== undefined;
}

/** Long survey release without ranks (May): `År; Kommun(kod); Sammanfattande omdöme`. */
export function looksLikeSnSurveyLong(header: string[]): boolean {
	const columns = indexColumns(header, SN_RANKING_LONG_COLUMNS);
	return hasRequiredColumns(columns) && columns.rank === undefined;
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
	const header = findHeader(
		records,
		SN_RANKING_LONG_COLUMNS,
		hasRequiredColumns,
	);
	if (!header) {
		const result = emptyParsedImport("sn-ranking");
		result.errors.push(
			issueAt(
				records[0] ?? { line: 1, cells: [], columns: [] },
				undefined,
				"no header row with År, Kommun or Kommunkod, and Placering or Sammanfattande omdöme was found",
			),
		);
		return result;
	}
	const { columns } = header;
	const result = emptyParsedImport(
		columns.rank === undefined ? "sn-survey" : "sn-ranking",
	);
	const isDuplicate = createDuplicateCheck();
	const ranked = new Map<number, Set<string>>();
	const scored = new Map<number, Set<string>>();
	forEachRecord(
		records.slice(header.position + 1),
		context.onProgress,
		(record) => {
			const row = readRecord(record, columns, context, result);
			if (!row) return;
			const first = isDuplicate(`${row.year}:${row.code}`, record.line);
			if (first !== undefined) {
				result.errors.push(
					issueAt(
						record,
						columns.year,
						`municipality ${row.code} appears twice for ${row.year} (first on ${placeOf({ ...record, line: first })})`,
					),
				);
				return;
			}
			addRows(result, row, cellAt(record, columns.source) || null);
			if (row.rank !== null) countMunicipality(ranked, row.year, row.code);
			if (row.score !== null) countMunicipality(scored, row.year, row.code);
		},
	);
	if (result.source === "sn-ranking")
		warnAboutIncompleteYears(result, ranked, "ranks");
	else warnAboutIncompleteYears(result, scored, "survey scores");
	return result;
}

interface LongRow {
	year: number;
	code: string;
	rank: number | null;
	score: number | null;
}

function readRecord(
	record: TableRecord,
	columns: Columns,
	context: ParseContext,
	result: ParsedImport,
): LongRow | null {
	if (isNoteRow(record)) {
		result.warnings.push(skippedRowWarning(record, "a note below the table"));
		return null;
	}
	const year = parseYear(cellAt(record, columns.year), context.maxYear);
	if (!year.ok) return refuse(result, record, columns.year, year.reason);
	const municipality = matchRecordMunicipality(
		record,
		columns,
		context.matcher,
		false,
	);
	if (!municipality.ok)
		return refuse(result, record, municipality.position, municipality.reason);
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
		year: year.value,
		code: municipality.code,
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
