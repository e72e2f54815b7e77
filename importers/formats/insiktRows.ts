import { issueOf } from "../../domain/importIssues.ts";
import type { InsiktRow, ParsedImport } from "../../domain/importRows.ts";
import { type InsiktMeasure, measureRange } from "../../domain/insikt.ts";
import type { TableRecord } from "../table/readDelimited.ts";
import {
	countMunicipality,
	warnAboutIncompleteYears,
} from "../table/recordChecks.ts";
import {
	type ParsedNumber,
	parseNumberBetween,
	parsePercent,
	parseWholeNumber,
} from "../table/values.ts";

/** A value of the measure: an index 0–100, a response rate in % or SKR's rank 1–290. */
export function insiktValueParser(
	measure: InsiktMeasure,
): (cell: string) => ParsedNumber {
	if (measure === "svarsfrekvens") return parsePercent;
	const { min, max, isWhole } = measureRange(measure);
	return isWhole
		? (cell) => parseWholeNumber(cell, min, max)
		: (cell) => parseNumberBetween(cell, min, max);
}

/** A number of answers: a whole number, 0 or more. */
export function parseResponses(cell: string): ParsedNumber {
	return parseWholeNumber(cell, 0, null);
}

export interface InsiktRowCollector {
	/** Adds a row, or refuses it when its key came earlier (isRepeated reports that). */
	add(row: InsiktRow, isRepeated: (key: string) => boolean): void;
	/** Adds the coverage warnings; call once after the last row. */
	finish(): void;
}

/** The key of an Insikt figure. */
export function insiktKey(row: {
	year: number;
	municipalityCode: string;
	area: string;
	measure: string;
}): string {
	return `${row.year}:${row.municipalityCode}:${row.area}:${row.measure}`;
}

/** Adds rows to the result and counts the municipalities of each year for the coverage warning. */
export function createInsiktRowCollector(
	result: ParsedImport,
): InsiktRowCollector {
	const covered = new Map<number, Set<string>>();
	return {
		add(row, isRepeated) {
			if (isRepeated(insiktKey(row))) return;
			result.insiktResults.push(row);
			countMunicipality(covered, row.year, row.municipalityCode);
		},
		finish: () => warnAboutIncompleteYears(result, covered, "insikt-values"),
	};
}

/** The issue for a second figure with the same key, for a table row. */
export function insiktRepeat(
	row: InsiktRow,
	municipality: string,
	firstLine: number,
) {
	return issueOf("insikt-value-repeated", {
		municipalityCode: row.municipalityCode,
		municipality,
		area: row.area,
		measure: row.measure,
		year: row.year,
		firstLine,
	});
}

export type { TableRecord };
