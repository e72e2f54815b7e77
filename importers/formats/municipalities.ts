import {
	emptyParsedImport,
	type ParsedImport,
} from "../../domain/importRows.ts";
import { cellAt, columnAt, findHeader, indexColumns } from "../table/header.ts";
import type { TableRecord } from "../table/readDelimited.ts";

export const MUNICIPALITY_COLUMNS = {
	code: ["kommunkod"],
	name: ["kommun"],
	countyCode: ["lanskod"],
	countyName: ["lan"],
	kommungrupp: ["kommungrupp"],
} as const;

type Columns = Partial<Record<keyof typeof MUNICIPALITY_COLUMNS, number>>;

function hasRequired(columns: Columns): boolean {
	return (
		columns.code !== undefined &&
		columns.name !== undefined &&
		columns.countyCode !== undefined &&
		columns.countyName !== undefined
	);
}

export function looksLikeMunicipalityList(header: string[]): boolean {
	return hasRequired(indexColumns(header, MUNICIPALITY_COLUMNS));
}

/** Reads the project's municipality list: `Kommunkod;Kommun;Länskod;Län[;Kommungrupp]`. */
export function parseMunicipalityList(records: TableRecord[]): ParsedImport {
	const result = emptyParsedImport("municipalities");
	const header = findHeader(records, MUNICIPALITY_COLUMNS, hasRequired);
	if (!header) {
		result.errors.push({
			line: 1,
			column: 1,
			message: "no header row with Kommunkod, Kommun, Länskod and Län",
		});
		return result;
	}
	const { columns } = header;
	const seen = new Set<string>();
	for (const record of records.slice(header.position + 1)) {
		const code = cellAt(record, columns.code);
		if (!/^\d{4}$/.test(code) || seen.has(code)) {
			const reason = seen.has(code)
				? `code ${code} appears twice`
				: `code "${code}" must be four digits, e.g. 0114`;
			result.errors.push({
				line: record.line,
				column: columnAt(record, columns.code),
				message: reason,
			});
			continue;
		}
		seen.add(code);
		result.municipalities.push({
			code,
			name: cellAt(record, columns.name),
			countyCode: cellAt(record, columns.countyCode),
			countyName: cellAt(record, columns.countyName),
			kommungrupp: cellAt(record, columns.kommungrupp) || null,
		});
	}
	return result;
}
