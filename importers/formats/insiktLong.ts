import { issueOf } from "../../domain/importIssues.ts";
import type { InsiktRow } from "../../domain/importRows.ts";
import {
	findInsiktArea,
	findInsiktMeasure,
	INSIKT_AREAS,
	INSIKT_MEASURES,
	overallMeasureOf,
} from "../../domain/insikt.ts";
import { cellAt } from "../table/header.ts";
import {
	DESCRIPTIVE_COLUMNS,
	type LayoutDescription,
} from "../table/layout.ts";
import { forEachMunicipalityRow } from "../table/longTable.ts";
import type { Reading } from "../table/tableReader.ts";
import {
	createInsiktRowCollector,
	insiktRepeat,
	insiktValueParser,
	parseResponses,
	type TableRecord,
} from "./insiktRows.ts";
import {
	type RowsToRead,
	readingFormat,
	type TableFormat,
} from "./tableFormat.ts";

export const AREA_IDS = Object.keys(INSIKT_AREAS);
export const MEASURE_IDS = Object.keys(INSIKT_MEASURES);

const LAYOUT = {
	requires: ["year", ["code", "name"], "area", "measure", "value"],
	reads: ["code", "name", "responses", ...DESCRIPTIVE_COLUMNS],
	unknownColumns: "ignore",
	describes: "År, Kommun or Kommunkod, Område, Mått and Värde",
} as const satisfies LayoutDescription;

/** SKR Insikt / Öppna jämförelser, one row per value: `År; Kommun(kod); Område; Mått; Värde[; Antal svar]`. */
export const insiktLong: TableFormat = readingFormat({
	id: "insikt-long",
	source: "insikt",
	layout: LAYOUT,
	read: readInsiktLong,
});

/** Kommunkod 0000, "Riket" or "Sverige" is the whole country (stored as 0000). */
function readInsiktLong({ reading, columns }: RowsToRead<typeof LAYOUT>): void {
	const rows = createInsiktRowCollector(reading.result);
	forEachMunicipalityRow(
		reading,
		{ position: columns.year ?? 0 },
		columns,
		true,
		(record, { year, code }) => {
			const row = readRow(reading, record, year, code, columns);
			if (!row) return;
			rows.add(row, (key) =>
				reading.isRepeated(record, key, columns.area, (firstLine) =>
					insiktRepeat(row, reading.nameOf(code), firstLine),
				),
			);
		},
	);
	rows.finish();
}

type Columns = RowsToRead<typeof LAYOUT>["columns"];

/** The area, measure and value of a row; null when it has no value or after refusing it. */
function readRow(
	reading: Reading,
	record: TableRecord,
	year: number,
	code: string,
	columns: Columns,
): InsiktRow | null {
	const area = findInsiktArea(cellAt(record, columns.area));
	if (!area)
		return reading.refuse(
			record,
			columns.area,
			issueOf("unknown-insikt-area", { known: AREA_IDS }),
		);
	const measure = findInsiktMeasure(cellAt(record, columns.measure));
	if (!measure)
		return reading.refuse(
			record,
			columns.measure,
			issueOf("unknown-insikt-measure", { known: MEASURE_IDS }),
		);
	const stored = measure === "nki" ? overallMeasureOf(area) : measure;
	const value = reading.readNumber(
		record,
		columns.value,
		insiktValueParser(stored),
	);
	const responses =
		columns.responses === undefined
			? null
			: reading.readNumber(record, columns.responses, parseResponses, true);
	if (value === undefined || responses === undefined || value === null)
		return null;
	return {
		year,
		municipalityCode: code,
		area,
		measure: stored,
		value,
		responses,
		source: cellAt(record, columns.source) || null,
	};
}
