import {
	type ColumnIndex,
	cellAt,
	findHeader,
	indexColumns,
	issueAt,
} from "./header.ts";
import { findInsiktArea, type InsiktArea } from "./insiktAreas.ts";
import { unknownAreaReason } from "./insiktLong.ts";
import { forEachRecord, type ParseContext, placeOf } from "./parseContext.ts";
import {
	createDuplicateCheck,
	isNoteRow,
	parseYear,
	skippedRowWarning,
} from "./recordChecks.ts";
import type { TableRecord } from "./text/readDelimited.ts";
import { emptyParsedImport, type ParsedImport } from "./types.ts";

export const INSIKT_DEFINITION_COLUMNS = {
	year: ["ar", "year"],
	areas: [
		"omraden i nki totalt",
		"omraden i nki-totalt",
		"nki totalt omfattar",
		"omraden",
		"area set",
		"areas",
	],
	note: ["not", "anmarkning", "kommentar", "notering", "note"],
} as const;

type Columns = ColumnIndex<keyof typeof INSIKT_DEFINITION_COLUMNS>;

function hasRequiredColumns(columns: Columns): boolean {
	return columns.year !== undefined && columns.areas !== undefined;
}

/** `År; Områden i NKI totalt[; Not]`. */
export function looksLikeInsiktDefinitions(header: string[]): boolean {
	return hasRequiredColumns(indexColumns(header, INSIKT_DEFINITION_COLUMNS));
}

/** Reads which areas NKI totalt covers each year, so the 2024 definition break is data. */
export function parseInsiktDefinitions(
	records: TableRecord[],
	context: ParseContext,
): ParsedImport {
	const result = emptyParsedImport("insikt-definitions");
	const header = findHeader(
		records,
		INSIKT_DEFINITION_COLUMNS,
		hasRequiredColumns,
	);
	if (!header) {
		result.errors.push(
			issueAt(
				records[0] ?? { line: 1, cells: [], columns: [] },
				undefined,
				"no header row with År and Områden i NKI totalt was found",
			),
		);
		return result;
	}
	const { columns } = header;
	const isDuplicate = createDuplicateCheck();
	forEachRecord(
		records.slice(header.position + 1),
		context.onProgress,
		(record) => {
			if (isNoteRow(record)) {
				result.warnings.push(
					skippedRowWarning(record, "a note below the table"),
				);
				return;
			}
			const year = parseYear(cellAt(record, columns.year), context.maxYear);
			if (!year.ok) {
				result.errors.push(issueAt(record, columns.year, year.reason));
				return;
			}
			const areas = readAreaSet(record, columns.areas, result);
			if (!areas) return;
			const first = isDuplicate(String(year.value), record.line);
			if (first !== undefined) {
				result.errors.push(
					issueAt(
						record,
						columns.year,
						`${year.value} is defined twice (first on ${placeOf({ ...record, line: first })})`,
					),
				);
				return;
			}
			result.insiktDefinitions.push({
				year: year.value,
				areaSet: areas,
				note: cellAt(record, columns.note) || null,
			});
		},
	);
	return result;
}

function readAreaSet(
	record: TableRecord,
	position: number | undefined,
	result: ParsedImport,
): InsiktArea[] | null {
	const cell = cellAt(record, position);
	const labels = cell
		.split(",")
		.map((label) => label.trim())
		.filter((label) => label !== "");
	if (labels.length === 0) {
		result.errors.push(
			issueAt(record, position, "the year lists no areas in NKI totalt"),
		);
		return null;
	}
	const areas: InsiktArea[] = [];
	for (const label of labels) {
		const area = findInsiktArea(label);
		if (!area || area === "totalt") {
			result.errors.push(issueAt(record, position, unknownAreaReason(label)));
			return null;
		}
		if (!areas.includes(area)) areas.push(area);
	}
	return areas;
}
