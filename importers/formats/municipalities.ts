import { issueOf } from "../../domain/importIssues.ts";
import type { ParsedImport } from "../../domain/importRows.ts";
import { cellAt } from "../table/header.ts";
import {
	KOMMUNGRUPP_CODES,
	normaliseKommungrupp,
} from "../table/kommungrupp.ts";
import { positionOf } from "../table/layout.ts";
import type { TableRecord } from "../table/readDelimited.ts";
import { forEachRow, startReading, type Table } from "../table/tableReader.ts";
import type { ParseContext } from "./parseContext.ts";
import type { TableFormat } from "./tableFormat.ts";

/** The project's municipality list: `Kommunkod; Kommun; Länskod; Län[; Kommungrupp]`. */
export const municipalityList: TableFormat = {
	id: "municipalities",
	source: "municipalities",
	layout: {
		requires: ["code", "name", "countyCode", "county"],
		reads: ["group", "source", "note"],
		unknownColumns: "ignore",
		describes: "Kommunkod, Kommun, Länskod and Län",
	},
	parse: parseMunicipalityList,
};

/** Reads the list; a Kommungrupp cell must name one of SKR's nine groups (stored as its code). */
export function parseMunicipalityList(
	table: Table,
	context: ParseContext,
): ParsedImport {
	const reading = startReading(table, context, "municipalities");
	const { cells } = table;
	const columns = {
		code: positionOf(cells, "code"),
		name: positionOf(cells, "name"),
		countyCode: positionOf(cells, "countyCode"),
		countyName: positionOf(cells, "county"),
		kommungrupp: positionOf(cells, "group"),
	};
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
		const groupCell = cellAt(record, columns.kommungrupp);
		const kommungrupp =
			groupCell === "" ? null : normaliseKommungrupp(groupCell);
		if (groupCell !== "" && kommungrupp === null)
			return reading.refuse(
				record,
				columns.kommungrupp,
				issueOf("unknown-kommungrupp", { known: KOMMUNGRUPP_CODES }),
			);
		reading.result.municipalities.push({
			code,
			name: cellAt(record, columns.name),
			countyCode: cellAt(record, columns.countyCode),
			countyName: cellAt(record, columns.countyName),
			kommungrupp,
		});
	});
	return reading.finish();
}
