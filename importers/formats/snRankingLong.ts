import {
	MUNICIPALITY_COUNT,
	SURVEY_SCORE_FACTOR_ID,
	TOTAL_FACTOR_ID,
} from "../../domain/ids.ts";
import { issueOf } from "../../domain/importIssues.ts";
import type { ParsedImport } from "../../domain/importRows.ts";
import { cellAt } from "../table/header.ts";
import { columnPositions, DESCRIPTIVE_COLUMNS } from "../table/layout.ts";
import { forEachMunicipalityRow } from "../table/longTable.ts";
import {
	countMunicipality,
	createYearMunicipalityCheck,
	parseRank,
	warnAboutIncompleteYears,
} from "../table/recordChecks.ts";
import { startReading, type Table } from "../table/tableReader.ts";
import { parseNumberBetween } from "../table/values.ts";
import type { ParseContext } from "./parseContext.ts";
import { checkRanksAreRanks } from "./rankValues.ts";
import type { TableFormat } from "./tableFormat.ts";

export const SURVEY_SCALE = { min: 1, max: 6 } as const;

/** A survey score on SN's scale 1–6, or null when missing. */
export function parseSurveyScore(cell: string) {
	return parseNumberBetween(cell, SURVEY_SCALE.min, SURVEY_SCALE.max);
}

/**
 * The September release, one row per year and municipality:
 * `År; Kommun and/or Kommunkod; Placering[; Sammanfattande omdöme][; Källa]`. A table with any
 * other measure (NKI, an Insikt area, Faktor, Värde) is not this layout, and neither is one with a
 * column no layout knows: a Placering column is an SN rank only here.
 */
export const snRankingLong: TableFormat = {
	id: "sn-ranking-long",
	source: "sn-ranking",
	layout: {
		requires: ["year", ["code", "name"], "rank"],
		reads: ["code", "name", "score", ...DESCRIPTIVE_COLUMNS],
		unknownColumns: "refuse",
		describes: "År, Kommun or Kommunkod, and Placering",
	},
	parse: (table, context) => parseSnRankingLong(table, context, "sn-ranking"),
};

/** The May release: the same without Placering, scores only (source sn-survey). */
export const snSurveyLong: TableFormat = {
	id: "sn-survey-long",
	source: "sn-survey",
	layout: {
		requires: ["year", ["code", "name"], "score"],
		reads: ["code", "name", ...DESCRIPTIVE_COLUMNS],
		unknownColumns: "refuse",
		describes: "År, Kommun or Kommunkod, and Sammanfattande omdöme",
	},
	parse: (table, context) => parseSnRankingLong(table, context, "sn-survey"),
};

const COLUMNS = ["year", "code", "name", "rank", "score", "source"] as const;

/** Reads ranks as the total's rank and scores as sammanfattande omdöme; the country's rows are skipped. */
export function parseSnRankingLong(
	table: Table,
	context: ParseContext,
	source: "sn-ranking" | "sn-survey",
): ParsedImport {
	const reading = startReading(table, context, source);
	const { result } = reading;
	const columns = columnPositions(table.cells, COLUMNS);
	const ranked = new Map<number, Set<string>>();
	const scored = new Map<number, Set<string>>();
	const ranks = checkRanksAreRanks(reading);
	const firstLineOf = createYearMunicipalityCheck();
	forEachMunicipalityRow(
		reading,
		{ position: columns.year ?? 0 },
		columns,
		false,
		(record, { year, code }) => {
			const rank =
				columns.rank === undefined
					? null
					: ranks.read(record, columns.rank, parseRank, true);
			const score =
				columns.score === undefined
					? null
					: reading.readNumber(record, columns.score, parseSurveyScore, true);
			if (rank === undefined || score === undefined) return;
			if (rank === null && score === null)
				return reading.refuse(
					record,
					columns.rank ?? columns.score,
					issueOf("row-without-value", {
						columns: [columns.rank, columns.score].flatMap((p) =>
							p === undefined ? [] : [table.headerRecord.cells[p] ?? ""],
						),
					}),
				);
			const firstLine = firstLineOf(year, code, record.line);
			if (firstLine !== undefined)
				return reading.refuse(
					record,
					columns.code ?? columns.name,
					issueOf("municipality-repeated", {
						municipalityCode: code,
						municipality: reading.nameOf(code),
						year,
						firstLine,
					}),
				);
			const rowSource = cellAt(record, columns.source) || null;
			if (rank !== null) {
				result.snResults.push({
					year,
					municipalityCode: code,
					factorId: TOTAL_FACTOR_ID,
					rank,
					score: null,
					source: rowSource,
				});
				countMunicipality(ranked, year, code);
			}
			if (score !== null) {
				result.snResults.push({
					year,
					municipalityCode: code,
					factorId: SURVEY_SCORE_FACTOR_ID,
					rank: null,
					score,
					source: rowSource,
				});
				countMunicipality(scored, year, code);
			}
		},
	);
	ranks.finish();
	if (source === "sn-ranking")
		warnAboutIncompleteYears(result, ranked, "ranks");
	else warnAboutIncompleteYears(result, scored, "survey-scores");
	return reading.finish();
}

export { MUNICIPALITY_COUNT };
