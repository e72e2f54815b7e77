import { issueOf } from "../../domain/importIssues.ts";
import { findInsiktArea, type InsiktArea } from "../../domain/insikt.ts";
import { cellAt } from "../table/header.ts";
import { forEachYearRow } from "../table/longTable.ts";
import type { Reading } from "../table/tableReader.ts";
import { AREA_IDS } from "./insiktLong.ts";
import type { TableRecord } from "./insiktRows.ts";
import { readingFormat, type TableFormat } from "./tableFormat.ts";

/** Which areas NKI totalt covers each year: `År; Områden i NKI totalt[; Not]`, so the 2024 break is data. */
export const insiktDefinitions: TableFormat = readingFormat({
	id: "insikt-definitions",
	source: "insikt-definitions",
	layout: {
		requires: ["year", "areaSet"],
		reads: ["note", "source"],
		unknownColumns: "ignore",
		describes: "År and Områden i NKI totalt",
	},
	read: ({ reading, columns }) => {
		const yearPosition = columns.year ?? 0;
		forEachYearRow(reading, { position: yearPosition }, (record, year) => {
			const areas = readAreaSet(reading, record, columns.areaSet);
			if (!areas) return;
			if (
				reading.isRepeated(record, String(year), yearPosition, (firstLine) =>
					issueOf("year-defined-twice", { year, firstLine }),
				)
			)
				return;
			reading.result.insiktDefinitions.push({
				year,
				areaSet: areas,
				note: cellAt(record, columns.note) || null,
			});
		});
	},
});

function readAreaSet(
	reading: Reading,
	record: TableRecord,
	position: number | undefined,
): InsiktArea[] | null {
	const labels = cellAt(record, position)
		.split(",")
		.map((label) => label.trim())
		.filter((label) => label !== "");
	if (labels.length === 0)
		return reading.refuse(record, position, issueOf("no-insikt-areas", {}));
	const areas: InsiktArea[] = [];
	for (const label of labels) {
		const area = findInsiktArea(label);
		if (!area || area === "totalt")
			return reading.refuse(
				record,
				position,
				issueOf("unknown-insikt-area", { known: AREA_IDS }),
				label,
			);
		if (!areas.includes(area)) areas.push(area);
	}
	return areas;
}
