import type { ParsedImport } from "../../domain/importRows.ts";
import { cellAt, issueAt } from "../table/header.ts";
import { normaliseKommungrupp } from "../table/kommungrupp.ts";
import type { TableRecord } from "../table/readDelimited.ts";
import {
	countMunicipality,
	warnAboutIncompleteYears,
} from "../table/recordChecks.ts";
import { statisticFactorId } from "../table/slug.ts";
import {
	createRepeatCheck,
	forEachValue,
	looksLike,
	parseTable,
} from "../table/tableReader.ts";
import { parseSwedishNumber } from "../table/values.ts";
import {
	forEachWideRow,
	SN_WIDE_COLUMNS,
	wideLayout,
} from "../table/wideTable.ts";
import { type ParseContext, placeOf } from "./parseContext.ts";

export const SN_STATISTICS_COLUMNS = {
	...SN_WIDE_COLUMNS,
	series: ["delserie", "serie"],
} as const;

const LAYOUT = wideLayout(
	SN_STATISTICS_COLUMNS,
	(columns) => columns.factor !== undefined,
	"Kommun, Faktor and one column per year",
);

/** SN's Statistik.xlsx: `Kommun, Län, Kommungrupp, Faktor, Delserie, 2003, 2004, …`. */
export function looksLikeSnStatistics(header: string[]): boolean {
	return looksLike(LAYOUT, header);
}

/**
 * Reads SN's statistics download: one row per municipality and series, one column per year,
 * values as text with decimal comma. Factor id = slug of Faktor ("--" slug of Delserie). Each
 * municipality's Kommungrupp is carried over to municipality.kommungrupp.
 */
export function parseSnStatistics(
	records: TableRecord[],
	context: ParseContext,
): ParsedImport {
	return parseTable(records, "sn-statistics", LAYOUT, (table, result) => {
		const { columns } = table.header;
		const isRepeated = createRepeatCheck(result);
		const groups = new Map<string, { group: string; line: number }>();
		const covered = new Map<number, Set<string>>();
		forEachWideRow(table, context, result, (record, code, years) => {
			const factorId = statisticFactorId(
				cellAt(record, columns.factor),
				cellAt(record, columns.series),
			);
			if (factorId === "") {
				result.errors.push(
					issueAt(record, columns.factor, "the row names no factor (Faktor)"),
				);
				return;
			}
			if (
				isRepeated(
					record,
					`${code}:${factorId}`,
					columns.factor,
					() => `series ${factorId} appears twice for municipality ${code}`,
				)
			)
				return;
			readKommungrupp(record, columns.group, code, groups, result);
			forEachValue(
				record,
				years,
				parseSwedishNumber,
				result,
				({ year }, score) => {
					result.snResults.push({
						year,
						municipalityCode: code,
						factorId,
						rank: null,
						score,
						source: null,
					});
					countMunicipality(covered, year, code);
				},
			);
		});
		result.kommungrupper = [...groups].map(([code, { group }]) => ({
			code,
			kommungrupp: group,
		}));
		warnAboutIncompleteYears(result, covered, "statistics");
	});
}

function readKommungrupp(
	record: TableRecord,
	position: number | undefined,
	code: string,
	groups: Map<string, { group: string; line: number }>,
	result: ParsedImport,
): void {
	const cell = cellAt(record, position);
	if (cell === "") return;
	const group = normaliseKommungrupp(cell);
	const earlier = groups.get(code);
	if (!earlier) {
		groups.set(code, { group, line: record.line });
		return;
	}
	if (earlier.group !== group)
		result.errors.push(
			issueAt(
				record,
				position,
				`kommungrupp "${cell}" differs from "${earlier.group}" given for municipality ${code} on ${placeOf({ ...record, line: earlier.line })}`,
			),
		);
}
