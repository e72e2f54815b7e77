import { type ColumnIndex, cellAt, indexColumns, issueAt } from "./header.ts";
import {
	findInsiktArea,
	type InsiktArea,
	overallMeasureOf,
} from "./insiktAreas.ts";
import {
	createInsiktRowCollector,
	INSIKT_LONG_COLUMNS,
	parseIndex,
} from "./insiktLong.ts";
import { forEachRecord, type ParseContext } from "./parseContext.ts";
import {
	isNoteRow,
	matchRecordMunicipality,
	parseYear,
	skippedRowWarning,
} from "./recordChecks.ts";
import type { TableRecord } from "./text/readDelimited.ts";
import { emptyParsedImport, type ParsedImport } from "./types.ts";

type Columns = ColumnIndex<keyof typeof INSIKT_LONG_COLUMNS>;

interface AreaColumn {
	area: InsiktArea;
	position: number;
}

interface WideHeader {
	position: number;
	columns: Columns;
	areas: AreaColumn[];
}

function findAreaColumns(cells: string[]): AreaColumn[] {
	const areas: AreaColumn[] = [];
	cells.forEach((cell, position) => {
		const area =
			findInsiktArea(cell) ?? findInsiktArea(cell.replace(/^n[ku]i\s+/i, ""));
		if (area) areas.push({ area, position });
	});
	return areas;
}

function readWideHeader(cells: string[]): Omit<WideHeader, "position"> | null {
	const columns = indexColumns(cells, INSIKT_LONG_COLUMNS);
	const areas = findAreaColumns(cells);
	const isWide =
		columns.year !== undefined &&
		(columns.code !== undefined || columns.name !== undefined) &&
		columns.area === undefined &&
		columns.measure === undefined &&
		areas.length > 0;
	return isWide ? { columns, areas } : null;
}

/** `År; Kommun(kod); Brandskydd; Bygglov; …`: NKI per area, one column per area. */
export function looksLikeInsiktWide(header: string[]): boolean {
	return readWideHeader(header) !== null;
}

function findWideHeader(records: TableRecord[]): WideHeader | null {
	for (let position = 0; position < Math.min(records.length, 30); position++) {
		const found = readWideHeader(records[position]?.cells ?? []);
		if (found) return { position, ...found };
	}
	return null;
}

/** Reads the wide Insikt layout: each area column holds that area's NKI (NUI for upphandling). */
export function parseInsiktWide(
	records: TableRecord[],
	context: ParseContext,
): ParsedImport {
	const result = emptyParsedImport("insikt");
	const header = findWideHeader(records);
	if (!header) {
		result.errors.push(
			issueAt(
				records[0] ?? { line: 1, cells: [], columns: [] },
				undefined,
				"no header row with År, Kommun or Kommunkod and one column per Insikt area was found",
			),
		);
		return result;
	}
	const { columns, areas } = header;
	const addRow = createInsiktRowCollector(result);
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
			const municipality = matchRecordMunicipality(
				record,
				columns,
				context.matcher,
				true,
			);
			if (!municipality.ok) {
				result.errors.push(
					issueAt(record, municipality.position, municipality.reason),
				);
				return;
			}
			for (const { area, position } of areas) {
				const value = parseIndex(cellAt(record, position));
				if (!value.ok) {
					result.errors.push(issueAt(record, position, value.reason));
					continue;
				}
				if (value.value === null) continue;
				addRow(record, position, {
					year: year.value,
					municipalityCode: municipality.code,
					area,
					measure: overallMeasureOf(area),
					value: value.value,
					responses: null,
					source: cellAt(record, columns.source) || null,
				});
			}
		},
	);
	addRow.finish();
	return result;
}
