import type { InsiktRow, ParsedImport } from "../../domain/importRows.ts";
import {
	findInsiktArea,
	findInsiktMeasure,
	INSIKT_AREAS,
	INSIKT_MEASURES,
	overallMeasureOf,
} from "../../domain/insikt.ts";
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
	type Checked,
	countMunicipality,
	refuse,
	warnAboutIncompleteYears,
} from "../table/recordChecks.ts";
import {
	createRepeatCheck,
	looksLike,
	parseTable,
} from "../table/tableReader.ts";
import { parseInteger, parseSwedishNumber } from "../table/values.ts";
import type { ParseContext } from "./parseContext.ts";

export const INSIKT_LONG_COLUMNS = {
	...YEAR_AND_MUNICIPALITY_COLUMNS,
	area: ["omrade", "myndighetsomrade", "area"],
	measure: ["matt", "measure", "serviceomrade", "serviceomraden"],
	value: ["varde", "value", "index"],
	responses: ["antal svar", "svar", "antal", "responses"],
	...SOURCE_COLUMN,
} as const;

type Columns = ColumnIndex<keyof typeof INSIKT_LONG_COLUMNS>;

const LAYOUT = longLayout(
	INSIKT_LONG_COLUMNS,
	["year", ["code", "name"], "area", "measure", "value"],
	"År, Kommun or Kommunkod, Område, Mått and Värde",
);

/** `År; Kommun(kod); Område; Mått; Värde[; Antal svar][; Källa]`. */
export function looksLikeInsiktLong(header: string[]): boolean {
	return looksLike(LAYOUT, header);
}

/** Reads SKR Insikt / Öppna jämförelser in the long layout; Kommunkod 0000 or "Riket" is the whole country. */
export function parseInsiktLong(
	records: TableRecord[],
	context: ParseContext,
): ParsedImport {
	return parseTable(records, "insikt", LAYOUT, (table, result) => {
		const { columns } = table.header;
		const addRow = createInsiktRowCollector(result);
		forEachMunicipalityRow(table, context, result, true, (record, keys) => {
			const row = readRow(record, keys, columns, result);
			if (row) addRow(record, columns.area, row);
		});
		addRow.finish();
	});
}

/** The area, measure and value of a row whose year and municipality passed; null when it has no value or after refusing it. */
function readRow(
	record: TableRecord,
	{ year, code }: YearAndMunicipality,
	columns: Columns,
	result: ParsedImport,
): InsiktRow | null {
	const areaCell = cellAt(record, columns.area);
	const area = findInsiktArea(areaCell);
	if (!area)
		return refuse(result, record, columns.area, unknownAreaReason(areaCell));
	const measureCell = cellAt(record, columns.measure);
	const measure = findInsiktMeasure(measureCell);
	if (!measure)
		return refuse(
			result,
			record,
			columns.measure,
			`measure "${measureCell}" is none of ${Object.keys(INSIKT_MEASURES).join(", ")}`,
		);
	const value = parseIndex(cellAt(record, columns.value));
	if (!value.ok) return refuse(result, record, columns.value, value.reason);
	const responses = parseResponses(cellAt(record, columns.responses));
	if (!responses.ok)
		return refuse(result, record, columns.responses, responses.reason);
	if (value.value === null) return null;
	return {
		year,
		municipalityCode: code,
		area,
		measure: measure === "nki" ? overallMeasureOf(area) : measure,
		value: value.value,
		responses: responses.value,
		source: cellAt(record, columns.source) || null,
	};
}

export function unknownAreaReason(cell: string): string {
	return `area "${cell}" is none of ${Object.keys(INSIKT_AREAS).join(", ")}`;
}

/** An Insikt index: 0–100, or null when missing (fewer than 7 answers are not published). */
export function parseIndex(cell: string): Checked<number | null> {
	const value = parseSwedishNumber(cell);
	if (
		!value.ok ||
		(value.value !== null && (value.value < 0 || value.value > 100))
	)
		return {
			ok: false,
			reason: `index "${cell.trim()}" must be a number from 0 to 100`,
		};
	return { ok: true, value: value.value };
}

function parseResponses(cell: string): Checked<number | null> {
	const count = parseInteger(cell);
	if (!count.ok || (count.value !== null && count.value < 0))
		return {
			ok: false,
			reason: `number of answers "${cell.trim()}" must be a whole number, 0 or more`,
		};
	return { ok: true, value: count.value };
}

export interface InsiktRowCollector {
	(record: TableRecord, position: number | undefined, row: InsiktRow): void;
	/** Adds the coverage warnings; call once after the last row. */
	finish(): void;
}

/** Adds rows to the result, refusing a second (year, municipality, area, measure) on its line. */
export function createInsiktRowCollector(
	result: ParsedImport,
): InsiktRowCollector {
	const isRepeated = createRepeatCheck(result);
	const covered = new Map<number, Set<string>>();
	const add = (
		record: TableRecord,
		position: number | undefined,
		row: InsiktRow,
	): void => {
		if (
			isRepeated(
				record,
				`${row.year}:${row.municipalityCode}:${row.area}:${row.measure}`,
				position,
				() =>
					`${row.area} ${row.measure} appears twice for ${row.municipalityCode} in ${row.year}`,
			)
		)
			return;
		result.insiktResults.push(row);
		countMunicipality(covered, row.year, row.municipalityCode);
	};
	return Object.assign(add, {
		finish: () => warnAboutIncompleteYears(result, covered, "Insikt values"),
	});
}
