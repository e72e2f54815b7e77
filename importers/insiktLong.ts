import {
	type ColumnIndex,
	cellAt,
	findHeader,
	indexColumns,
	issueAt,
} from "./header.ts";
import {
	findInsiktArea,
	findInsiktMeasure,
	INSIKT_AREAS,
	INSIKT_MEASURES,
	overallMeasureOf,
} from "./insiktAreas.ts";
import { forEachRecord, type ParseContext, placeOf } from "./parseContext.ts";
import {
	type Checked,
	countMunicipality,
	createDuplicateCheck,
	isNoteRow,
	matchRecordMunicipality,
	parseYear,
	refuse,
	skippedRowWarning,
	warnAboutIncompleteYears,
} from "./recordChecks.ts";
import type { TableRecord } from "./text/readDelimited.ts";
import {
	emptyParsedImport,
	type InsiktRow,
	type ParsedImport,
} from "./types.ts";
import { parseInteger, parseSwedishNumber } from "./values.ts";

export const INSIKT_LONG_COLUMNS = {
	year: ["ar", "year"],
	code: ["kommunkod", "kod", "code"],
	name: ["kommun", "kommunnamn", "municipality"],
	area: ["omrade", "myndighetsomrade", "area"],
	measure: ["matt", "measure", "serviceomrade", "serviceomraden"],
	value: ["varde", "value", "index"],
	responses: ["antal svar", "svar", "antal", "responses"],
	source: ["kalla", "source"],
} as const;

type Columns = ColumnIndex<keyof typeof INSIKT_LONG_COLUMNS>;

function hasRequiredColumns(columns: Columns): boolean {
	return (
		columns.year !== undefined &&
		(columns.code !== undefined || columns.name !== undefined) &&
		columns.area !== undefined &&
		columns.measure !== undefined &&
		columns.value !== undefined
	);
}

/** `År; Kommun(kod); Område; Mått; Värde[; Antal svar][; Källa]`. */
export function looksLikeInsiktLong(header: string[]): boolean {
	return hasRequiredColumns(indexColumns(header, INSIKT_LONG_COLUMNS));
}

/** Reads SKR Insikt / Öppna jämförelser in the long layout; Kommunkod 0000 or "Riket" is the whole country. */
export function parseInsiktLong(
	records: TableRecord[],
	context: ParseContext,
): ParsedImport {
	const result = emptyParsedImport("insikt");
	const header = findHeader(records, INSIKT_LONG_COLUMNS, hasRequiredColumns);
	if (!header) {
		result.errors.push(
			issueAt(
				records[0] ?? { line: 1, cells: [], columns: [] },
				undefined,
				"no header row with År, Kommun or Kommunkod, Område, Mått and Värde was found",
			),
		);
		return result;
	}
	const { columns } = header;
	const addRow = createInsiktRowCollector(result);
	forEachRecord(
		records.slice(header.position + 1),
		context.onProgress,
		(record) => {
			const row = readRecord(record, columns, context, result);
			if (row) addRow(record, columns.area, row);
		},
	);
	addRow.finish();
	return result;
}

function readRecord(
	record: TableRecord,
	columns: Columns,
	context: ParseContext,
	result: ParsedImport,
): InsiktRow | null {
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
		true,
	);
	if (!municipality.ok)
		return refuse(result, record, municipality.position, municipality.reason);
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
		year: year.value,
		municipalityCode: municipality.code,
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
	const isDuplicate = createDuplicateCheck();
	const covered = new Map<number, Set<string>>();
	const add = (
		record: TableRecord,
		position: number | undefined,
		row: InsiktRow,
	): void => {
		const key = `${row.year}:${row.municipalityCode}:${row.area}:${row.measure}`;
		const first = isDuplicate(key, record.line);
		if (first !== undefined) {
			result.errors.push(
				issueAt(
					record,
					position,
					`${row.area} ${row.measure} appears twice for ${row.municipalityCode} in ${row.year} (first on ${placeOf({ ...record, line: first })})`,
				),
			);
			return;
		}
		result.insiktResults.push(row);
		countMunicipality(covered, row.year, row.municipalityCode);
	};
	return Object.assign(add, {
		finish: () => warnAboutIncompleteYears(result, covered, "Insikt values"),
	});
}
