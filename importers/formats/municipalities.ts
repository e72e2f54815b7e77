import { issueOf } from "../../domain/importIssues.ts";
import { cellAt } from "../table/header.ts";
import {
	KOMMUNGRUPP_CODES,
	normaliseKommungrupp,
} from "../table/kommungrupp.ts";
import type { LayoutDescription } from "../table/layout.ts";
import type { TableRecord } from "../table/readDelimited.ts";
import { forEachRow } from "../table/tableReader.ts";
import {
	type RowsToRead,
	readingFormat,
	type TableFormat,
} from "./tableFormat.ts";

const LAYOUT = {
	requires: ["code", "name", "countyCode", "county"],
	reads: ["group", "source", "note"],
	unknownColumns: "ignore",
	describes: "Kommunkod, Kommun, Länskod and Län",
} as const satisfies LayoutDescription;

/** The project's municipality list: `Kommunkod; Kommun; Länskod; Län[; Kommungrupp]`. */
export const municipalityList: TableFormat = readingFormat({
	id: "municipalities",
	source: "municipalities",
	layout: LAYOUT,
	read: readMunicipalityList,
});

/** Reads the list; a Kommungrupp cell must name one of SKR's nine groups (stored as its code). */
function readMunicipalityList({
	reading,
	columns,
}: RowsToRead<typeof LAYOUT>): void {
	forEachRow(reading, (record: TableRecord) => {
		const code = cellAt(record, columns.code);
		if (!/^\d{4}$/.test(code))
			return reading.refuse(
				record,
				columns.code,
				issueOf("bad-municipality-code", {}),
			);
		if (
			reading.isRepeated(record, code, columns.code, (firstLine) =>
				issueOf("municipality-code-repeated", { firstLine }),
			)
		)
			return;
		const groupCell = cellAt(record, columns.group);
		const kommungrupp =
			groupCell === "" ? null : normaliseKommungrupp(groupCell);
		if (groupCell !== "" && kommungrupp === null)
			return reading.refuse(
				record,
				columns.group,
				issueOf("unknown-kommungrupp", { known: KOMMUNGRUPP_CODES }),
			);
		reading.result.municipalities.push({
			code,
			name: cellAt(record, columns.name),
			countyCode: cellAt(record, columns.countyCode),
			countyName: cellAt(record, columns.county),
			kommungrupp,
		});
	});
}
