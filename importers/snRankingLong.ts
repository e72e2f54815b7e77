import { SURVEY_SCORE_FACTOR_ID, TOTAL_FACTOR_ID } from "../db/schema.ts";
import { cellAt, columnAt, findHeader, indexColumns } from "./header.ts";
import type {
	MunicipalityMatch,
	MunicipalityMatcher,
} from "./municipalityMatcher.ts";
import type { TableRecord } from "./text/readDelimited.ts";
import {
	emptyParsedImport,
	type ImportIssue,
	type ParsedImport,
} from "./types.ts";
import { parseInteger, parseSwedishNumber } from "./values.ts";

export const MUNICIPALITY_COUNT = 290;
const SURVEY_SCALE = { min: 1, max: 6 } as const;

export const SN_RANKING_LONG_COLUMNS = {
	year: ["ar", "år", "year"],
	code: ["kommunkod", "kod", "code"],
	name: ["kommun", "kommunnamn", "municipality"],
	rank: ["placering", "plats", "rank", "ranking"],
	score: ["sammanfattande omdome", "omdome", "poang", "score"],
	source: ["kalla", "source"],
} as const;

type Column = keyof typeof SN_RANKING_LONG_COLUMNS;

export interface ParseContext {
	matcher: MunicipalityMatcher;
	/** Latest year a file may hold: next year, from the caller's clock. */
	maxYear: number;
}

export function looksLikeSnRankingLong(header: string[]): boolean {
	const columns = indexColumns(header, SN_RANKING_LONG_COLUMNS);
	return hasRequiredColumns(columns);
}

function hasRequiredColumns(columns: Partial<Record<Column, number>>): boolean {
	return (
		columns.year !== undefined &&
		(columns.code !== undefined || columns.name !== undefined) &&
		(columns.rank !== undefined || columns.score !== undefined)
	);
}

/** Reads the long ranking/survey layout: `År; Kommun and/or Kommunkod; Placering[; Sammanfattande omdöme][; Källa]`. */
export function parseSnRankingLong(
	records: TableRecord[],
	context: ParseContext,
): ParsedImport {
	const result = emptyParsedImport("sn-ranking");
	const header = findHeader(
		records,
		SN_RANKING_LONG_COLUMNS,
		hasRequiredColumns,
	);
	if (!header) {
		result.errors.push({
			line: records[0]?.line ?? 1,
			column: 1,
			message:
				"no header row with År, Kommun or Kommunkod, and Placering or Sammanfattande omdöme was found",
		});
		return result;
	}
	const seen = new Map<string, number>();
	for (const record of records.slice(header.position + 1)) {
		readRecord(record, header.columns, context, result, seen);
	}
	warnAboutIncompleteYears(result);
	return result;
}

function readRecord(
	record: TableRecord,
	columns: Partial<Record<Column, number>>,
	context: ParseContext,
	result: ParsedImport,
	seen: Map<string, number>,
): void {
	const issue = (column: Column, message: string): void => {
		result.errors.push({
			line: record.line,
			column: columnAt(record, columns[column]),
			message,
		});
	};
	if (isNotesRow(record)) {
		result.warnings.push({
			line: record.line,
			column: 1,
			message: `skipped a note below the table: "${record.cells[0]}"`,
		});
		return;
	}
	const year = parseInteger(cellAt(record, columns.year));
	if (
		!year.ok ||
		year.value === null ||
		year.value < 1990 ||
		year.value > context.maxYear
	) {
		issue(
			"year",
			`year "${cellAt(record, columns.year)}" must be a whole year from 1990 to ${context.maxYear}`,
		);
		return;
	}
	const municipality = matchMunicipality(record, columns, context.matcher);
	if (!municipality.ok) {
		issue(
			columns.code !== undefined && cellAt(record, columns.code) !== ""
				? "code"
				: "name",
			municipality.reason,
		);
		return;
	}
	const rank = parseInteger(cellAt(record, columns.rank));
	if (
		!rank.ok ||
		(rank.value !== null && (rank.value < 1 || rank.value > MUNICIPALITY_COUNT))
	) {
		issue(
			"rank",
			`rank "${cellAt(record, columns.rank)}" must be a whole number from 1 to ${MUNICIPALITY_COUNT}`,
		);
		return;
	}
	const score = parseSwedishNumber(cellAt(record, columns.score));
	if (
		!score.ok ||
		(score.value !== null &&
			(score.value < SURVEY_SCALE.min || score.value > SURVEY_SCALE.max))
	) {
		issue(
			"score",
			`sammanfattande omdöme "${cellAt(record, columns.score)}" must be a number from 1 to 6 (decimal comma allowed)`,
		);
		return;
	}
	if (rank.value === null && score.value === null) {
		issue(
			"rank",
			"the row has neither a rank (Placering) nor a score (Sammanfattande omdöme)",
		);
		return;
	}
	const key = `${year.value}:${municipality.code}`;
	const firstLine = seen.get(key);
	if (firstLine !== undefined) {
		issue(
			"year",
			`municipality ${municipality.code} appears twice for ${year.value} (first on line ${firstLine})`,
		);
		return;
	}
	seen.set(key, record.line);
	const source = cellAt(record, columns.source) || null;
	if (rank.value !== null) {
		result.snResults.push({
			year: year.value,
			municipalityCode: municipality.code,
			factorId: TOTAL_FACTOR_ID,
			rank: rank.value,
			score: null,
			source,
		});
	}
	if (score.value !== null) {
		result.snResults.push({
			year: year.value,
			municipalityCode: municipality.code,
			factorId: SURVEY_SCORE_FACTOR_ID,
			rank: null,
			score: score.value,
			source,
		});
	}
}

/** A trailing line such as "Källa: Svenskt Näringsliv" that has text in its first cell only. */
function isNotesRow(record: TableRecord): boolean {
	const [first, ...rest] = record.cells;
	return (
		first !== undefined &&
		!/^\d/.test(first) &&
		rest.every((cell) => cell === "")
	);
}

function matchMunicipality(
	record: TableRecord,
	columns: Partial<Record<Column, number>>,
	matcher: MunicipalityMatcher,
): MunicipalityMatch {
	const code = cellAt(record, columns.code);
	if (code !== "") return matcher.byCode(code);
	const name = cellAt(record, columns.name);
	if (name === "")
		return {
			ok: false,
			reason: "the row names no municipality (Kommun or Kommunkod is empty)",
		};
	return matcher.byName(name);
}

function warnAboutIncompleteYears(result: ParsedImport): void {
	const ranked = new Map<number, number>();
	for (const row of result.snResults) {
		if (row.factorId === TOTAL_FACTOR_ID)
			ranked.set(row.year, (ranked.get(row.year) ?? 0) + 1);
	}
	for (const [year, count] of [...ranked].sort(([a], [b]) => a - b)) {
		if (count < MUNICIPALITY_COUNT) {
			const warning: ImportIssue = {
				message: `${year}: ranks for ${count} of ${MUNICIPALITY_COUNT} municipalities`,
			};
			result.warnings.push(warning);
		}
	}
}
