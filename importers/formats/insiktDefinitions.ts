import type { ParsedImport } from "../../domain/importRows.ts";
import { findInsiktArea, type InsiktArea } from "../../domain/insikt.ts";
import { cellAt, issueAt } from "../table/header.ts";
import { forEachYearRow, longLayout, YEAR_COLUMN } from "../table/longTable.ts";
import type { TableRecord } from "../table/readDelimited.ts";
import {
	createRepeatCheck,
	looksLike,
	parseTable,
} from "../table/tableReader.ts";
import { unknownAreaReason } from "./insiktLong.ts";
import type { ParseContext } from "./parseContext.ts";

export const INSIKT_DEFINITION_COLUMNS = {
	...YEAR_COLUMN,
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

const LAYOUT = longLayout(
	INSIKT_DEFINITION_COLUMNS,
	["year", "areas"],
	"År and Områden i NKI totalt",
);

/** `År; Områden i NKI totalt[; Not]`. */
export function looksLikeInsiktDefinitions(header: string[]): boolean {
	return looksLike(LAYOUT, header);
}

/** Reads which areas NKI totalt covers each year, so the 2024 definition break is data. */
export function parseInsiktDefinitions(
	records: TableRecord[],
	context: ParseContext,
): ParsedImport {
	return parseTable(records, "insikt-definitions", LAYOUT, (table, result) => {
		const { columns } = table.header;
		const isRepeated = createRepeatCheck(result);
		forEachYearRow(table, context, result, (record, year) => {
			const areas = readAreaSet(record, columns.areas, result);
			if (!areas) return;
			if (
				isRepeated(
					record,
					String(year),
					columns.year,
					() => `${year} is defined twice`,
				)
			)
				return;
			result.insiktDefinitions.push({
				year,
				areaSet: areas,
				note: cellAt(record, columns.note) || null,
			});
		});
	});
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
