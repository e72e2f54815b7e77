import {
	type ColumnIndex,
	cellAt,
	findYearColumns,
	indexColumns,
	issueAt,
	type YearColumn,
} from "./header.ts";
import { normaliseKommungrupp } from "./kommungrupp.ts";
import { forEachRecord, type ParseContext, placeOf } from "./parseContext.ts";
import {
	countMunicipality,
	createDuplicateCheck,
	warnAboutIncompleteYears,
} from "./recordChecks.ts";
import { statisticFactorId } from "./slug.ts";
import {
	checkYearColumns,
	hasYearValues,
	readMunicipality,
} from "./snRankingWide.ts";
import type { TableRecord } from "./text/readDelimited.ts";
import { emptyParsedImport, type ParsedImport } from "./types.ts";
import { parseSwedishNumber } from "./values.ts";

export const SN_STATISTICS_COLUMNS = {
	year: ["ar", "year"],
	code: ["kommunkod", "kod"],
	name: ["kommun", "kommunnamn"],
	county: ["lan"],
	group: ["kommungrupp"],
	factor: ["faktor"],
	series: ["delserie", "serie"],
} as const;

type Columns = ColumnIndex<keyof typeof SN_STATISTICS_COLUMNS>;

interface StatisticsHeader {
	position: number;
	columns: Columns;
	years: YearColumn[];
}

function readStatisticsHeader(
	cells: string[],
): Omit<StatisticsHeader, "position"> | null {
	const columns = indexColumns(cells, SN_STATISTICS_COLUMNS);
	const years = findYearColumns(cells);
	const isStatistics =
		(columns.name !== undefined || columns.code !== undefined) &&
		columns.factor !== undefined &&
		columns.year === undefined &&
		years.length > 0;
	return isStatistics ? { columns, years } : null;
}

/** SN's Statistik.xlsx: `Kommun, Län, Kommungrupp, Faktor, Delserie, 2003, 2004, …`. */
export function looksLikeSnStatistics(header: string[]): boolean {
	return readStatisticsHeader(header) !== null;
}

function findStatisticsHeader(records: TableRecord[]): StatisticsHeader | null {
	for (let position = 0; position < Math.min(records.length, 30); position++) {
		const found = readStatisticsHeader(records[position]?.cells ?? []);
		if (found) return { position, ...found };
	}
	return null;
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
	const result = emptyParsedImport("sn-statistics");
	const header = findStatisticsHeader(records);
	const headerRecord = header ? records[header.position] : undefined;
	if (!header || !headerRecord) {
		result.errors.push(
			issueAt(
				records[0] ?? { line: 1, cells: [], columns: [] },
				undefined,
				"no header row with Kommun, Faktor and one column per year was found",
			),
		);
		return result;
	}
	const { columns } = header;
	const years = checkYearColumns(headerRecord, header.years, context, result);
	const isDuplicate = createDuplicateCheck();
	const groups = new Map<string, { group: string; line: number }>();
	const covered = new Map<number, Set<string>>();
	forEachRecord(
		records.slice(header.position + 1),
		context.onProgress,
		(record) => {
			const code = readMunicipality(
				record,
				columns,
				context,
				result,
				hasYearValues(record, years),
			);
			if (code === null) return;
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
			const first = isDuplicate(`${code}:${factorId}`, record.line);
			if (first !== undefined) {
				result.errors.push(
					issueAt(
						record,
						columns.factor,
						`series ${factorId} appears twice for municipality ${code} (first on ${placeOf({ ...record, line: first })})`,
					),
				);
				return;
			}
			readKommungrupp(record, columns.group, code, groups, result);
			for (const { year, position } of years) {
				const value = parseSwedishNumber(cellAt(record, position));
				if (!value.ok) {
					result.errors.push(issueAt(record, position, value.reason));
					continue;
				}
				if (value.value === null) continue;
				result.snResults.push({
					year,
					municipalityCode: code,
					factorId,
					rank: null,
					score: value.value,
					source: null,
				});
				countMunicipality(covered, year, code);
			}
		},
	);
	result.kommungrupper = [...groups].map(([code, { group }]) => ({
		code,
		kommungrupp: group,
	}));
	warnAboutIncompleteYears(result, covered, "statistics");
	return result;
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
