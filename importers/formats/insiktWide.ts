import type { ParsedImport } from "../../domain/importRows.ts";
import {
	findInsiktArea,
	type InsiktArea,
	overallMeasureOf,
} from "../../domain/insikt.ts";
import { type ColumnIndex, cellAt, indexColumns } from "../table/header.ts";
import { forEachMunicipalityRow } from "../table/longTable.ts";
import type { TableRecord } from "../table/readDelimited.ts";
import {
	forEachValue,
	looksLike,
	parseTable,
	type TableLayout,
} from "../table/tableReader.ts";
import {
	createInsiktRowCollector,
	INSIKT_LONG_COLUMNS,
	parseIndex,
} from "./insiktLong.ts";
import type { ParseContext } from "./parseContext.ts";

interface AreaColumn {
	area: InsiktArea;
	position: number;
}

interface WideHeader {
	columns: ColumnIndex<keyof typeof INSIKT_LONG_COLUMNS>;
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

/** The long layout's År and Kommun(kod), without Område and Mått, and one column per area. */
const LAYOUT: TableLayout<WideHeader> = {
	describes: "År, Kommun or Kommunkod and one column per Insikt area",
	readHeader: (cells) => {
		const columns = indexColumns(cells, INSIKT_LONG_COLUMNS);
		const areas = findAreaColumns(cells);
		const isWide =
			columns.year !== undefined &&
			(columns.code !== undefined || columns.name !== undefined) &&
			columns.area === undefined &&
			columns.measure === undefined &&
			areas.length > 0;
		return isWide ? { columns, areas } : null;
	},
};

/** `År; Kommun(kod); Brandskydd; Bygglov; …`: NKI per area, one column per area. */
export function looksLikeInsiktWide(header: string[]): boolean {
	return looksLike(LAYOUT, header);
}

/** Reads the wide Insikt layout: each area column holds that area's NKI (NUI for upphandling). */
export function parseInsiktWide(
	records: TableRecord[],
	context: ParseContext,
): ParsedImport {
	return parseTable(records, "insikt", LAYOUT, (table, result) => {
		const { columns, areas } = table.header;
		const addRow = createInsiktRowCollector(result);
		forEachMunicipalityRow(table, context, result, true, (record, keys) => {
			forEachValue(
				record,
				areas,
				parseIndex,
				result,
				({ area, position }, value) =>
					addRow(record, position, {
						year: keys.year,
						municipalityCode: keys.code,
						area,
						measure: overallMeasureOf(area),
						value,
						responses: null,
						source: cellAt(record, columns.source) || null,
					}),
			);
		});
		addRow.finish();
	});
}
