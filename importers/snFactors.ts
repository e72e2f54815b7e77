import type { FactorCatalog } from "./factorCatalog.ts";
import {
	type ColumnIndex,
	cellAt,
	findHeader,
	indexColumns,
	issueAt,
} from "./header.ts";
import { forEachRecord, type ParseContext, placeOf } from "./parseContext.ts";
import {
	type Checked,
	countMunicipality,
	createDuplicateCheck,
	isNoteRow,
	matchRecordMunicipality,
	parseRank,
	parseYear,
	refuse,
	skippedRowWarning,
	warnAboutIncompleteYears,
} from "./recordChecks.ts";
import { SURVEY_SCALE } from "./snRankingLong.ts";
import type { TableRecord } from "./text/readDelimited.ts";
import {
	emptyParsedImport,
	type ParsedImport,
	type SnFactorRow,
	type SnResultRow,
} from "./types.ts";
import { parseSwedishNumber } from "./values.ts";

export const SN_FACTOR_COLUMNS = {
	year: ["ar", "year"],
	code: ["kommunkod", "kod", "code"],
	name: ["kommun", "kommunnamn", "municipality"],
	factor: ["faktor", "faktor-id", "faktor id", "factor"],
	value: ["varde", "value", "resultat", "poang"],
	rank: ["placering", "plats", "rank"],
	source: ["kalla", "source"],
} as const;

type Columns = ColumnIndex<keyof typeof SN_FACTOR_COLUMNS>;

function hasRequiredColumns(columns: Columns): boolean {
	return (
		columns.year !== undefined &&
		(columns.code !== undefined || columns.name !== undefined) &&
		columns.factor !== undefined &&
		columns.value !== undefined
	);
}

/** `År; Kommun(kod); Faktor; Värde[; Placering][; Källa]`. */
export function looksLikeSnFactors(header: string[]): boolean {
	return hasRequiredColumns(indexColumns(header, SN_FACTOR_COLUMNS));
}

const EMPTY_CATALOG: FactorCatalog = { find: () => undefined, idsOf: () => [] };

/**
 * Reads SN factor results per year: survey answers (scale 1–6) and statistics (free numbers),
 * with the factor's rank when given. The Faktor cell is matched against the year's factor
 * definitions (stored, or a definitions file imported together with this one), by id or label.
 */
export function parseSnFactors(
	records: TableRecord[],
	context: ParseContext,
): ParsedImport {
	const result = emptyParsedImport("sn-factors");
	const header = findHeader(records, SN_FACTOR_COLUMNS, hasRequiredColumns);
	if (!header) {
		result.errors.push(
			issueAt(
				records[0] ?? { line: 1, cells: [], columns: [] },
				undefined,
				"no header row with År, Kommun or Kommunkod, Faktor and Värde was found",
			),
		);
		return result;
	}
	const { columns } = header;
	const catalog = context.factors?.() ?? EMPTY_CATALOG;
	const isDuplicate = createDuplicateCheck();
	const covered = new Map<number, Set<string>>();
	forEachRecord(
		records.slice(header.position + 1),
		context.onProgress,
		(record) => {
			const row = readRecord(record, columns, context, catalog, result);
			if (!row) return;
			const key = `${row.year}:${row.municipalityCode}:${row.factorId}`;
			const first = isDuplicate(key, record.line);
			if (first !== undefined) {
				result.errors.push(
					issueAt(
						record,
						columns.factor,
						`factor ${row.factorId} appears twice for municipality ${row.municipalityCode} in ${row.year} (first on ${placeOf({ ...record, line: first })})`,
					),
				);
				return;
			}
			result.snResults.push(row);
			countMunicipality(covered, row.year, row.municipalityCode);
		},
	);
	warnAboutIncompleteYears(result, covered, "factor results");
	return result;
}

function readRecord(
	record: TableRecord,
	columns: Columns,
	context: ParseContext,
	catalog: FactorCatalog,
	result: ParsedImport,
): SnResultRow | null {
	if (isNoteRow(record)) {
		result.warnings.push(skippedRowWarning(record, "a note below the table"));
		return null;
	}
	const year = parseYear(cellAt(record, columns.year), context.maxYear);
	if (!year.ok) return refuse(result, record, columns.year, year.reason);
	const municipality = matchRecordMunicipality(
		record,
		columns,
		context.matcher,
		false,
	);
	if (!municipality.ok)
		return refuse(result, record, municipality.position, municipality.reason);
	const factor = findFactor(
		catalog,
		year.value,
		cellAt(record, columns.factor),
	);
	if (!factor.ok) return refuse(result, record, columns.factor, factor.reason);
	const value = parseFactorValue(factor.value, cellAt(record, columns.value));
	if (!value.ok) return refuse(result, record, columns.value, value.reason);
	const rank = parseRank(cellAt(record, columns.rank));
	if (!rank.ok) return refuse(result, record, columns.rank, rank.reason);
	if (value.value === null && rank.value === null)
		return refuse(
			result,
			record,
			columns.value,
			"the row has neither a value (Värde) nor a rank (Placering)",
		);
	return {
		year: year.value,
		municipalityCode: municipality.code,
		factorId: factor.value.id,
		rank: rank.value,
		score: value.value,
		source: cellAt(record, columns.source) || null,
	};
}

function findFactor(
	catalog: FactorCatalog,
	year: number,
	cell: string,
): Checked<SnFactorRow> {
	const factor = catalog.find(year, cell);
	if (factor) return { ok: true, value: factor };
	const known = catalog.idsOf(year);
	return {
		ok: false,
		reason:
			known.length === 0
				? `no factor definitions for ${year}: import that year's sn-factor-definitions file first, or together with this file`
				: `factor "${cell}" is not defined for ${year} (known: ${known.join(", ")})`,
	};
}

/** Survey answers lie on SN's 1–6 scale; statistics are free numbers. */
function parseFactorValue(
	factor: SnFactorRow,
	cell: string,
): Checked<number | null> {
	const value = parseSwedishNumber(cell);
	if (!value.ok) return { ok: false, reason: value.reason };
	if (
		factor.kind === "survey" &&
		value.value !== null &&
		(value.value < SURVEY_SCALE.min || value.value > SURVEY_SCALE.max)
	)
		return {
			ok: false,
			reason: `survey value "${cell.trim()}" for ${factor.id} must be from ${SURVEY_SCALE.min} to ${SURVEY_SCALE.max}`,
		};
	return { ok: true, value: value.value };
}
