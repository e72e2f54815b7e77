import type {
	ParsedImport,
	SnFactorRow,
	SnResultRow,
} from "../../domain/importRows.ts";
import { type ColumnIndex, cellAt } from "../table/header.ts";
import {
	forEachMunicipalityRow,
	longLayout,
	SOURCE_COLUMN,
	YEAR_AND_MUNICIPALITY_COLUMNS,
	type YearAndMunicipality,
} from "../table/longTable.ts";
import type { TableRecord } from "../table/readDelimited.ts";
import {
	type Checked,
	countMunicipality,
	parseRank,
	refuse,
	warnAboutIncompleteYears,
} from "../table/recordChecks.ts";
import {
	createRepeatCheck,
	looksLike,
	parseTable,
} from "../table/tableReader.ts";
import { parseSwedishNumber } from "../table/values.ts";
import type { FactorCatalog } from "./factorCatalog.ts";
import type { ParseContext } from "./parseContext.ts";
import { SURVEY_SCALE } from "./snRankingLong.ts";

export const SN_FACTOR_COLUMNS = {
	...YEAR_AND_MUNICIPALITY_COLUMNS,
	factor: ["faktor", "faktor-id", "faktor id", "factor"],
	value: ["varde", "value", "resultat", "poang"],
	rank: ["placering", "plats", "rank"],
	...SOURCE_COLUMN,
} as const;

type Columns = ColumnIndex<keyof typeof SN_FACTOR_COLUMNS>;

const LAYOUT = longLayout(
	SN_FACTOR_COLUMNS,
	["year", ["code", "name"], "factor", "value"],
	"År, Kommun or Kommunkod, Faktor and Värde",
);

/** `År; Kommun(kod); Faktor; Värde[; Placering][; Källa]`. */
export function looksLikeSnFactors(header: string[]): boolean {
	return looksLike(LAYOUT, header);
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
	return parseTable(records, "sn-factors", LAYOUT, (table, result) => {
		const { columns } = table.header;
		const catalog = context.factors?.() ?? EMPTY_CATALOG;
		const isRepeated = createRepeatCheck(result);
		const covered = new Map<number, Set<string>>();
		forEachMunicipalityRow(table, context, result, false, (record, keys) => {
			const row = readRow(record, keys, columns, catalog, result);
			if (!row) return;
			if (
				isRepeated(
					record,
					`${row.year}:${row.municipalityCode}:${row.factorId}`,
					columns.factor,
					() =>
						`factor ${row.factorId} appears twice for municipality ${row.municipalityCode} in ${row.year}`,
				)
			)
				return;
			result.snResults.push(row);
			countMunicipality(covered, row.year, row.municipalityCode);
		});
		warnAboutIncompleteYears(result, covered, "factor results");
	});
}

/** The factor, value and rank of a row whose year and municipality passed; null after refusing it. */
function readRow(
	record: TableRecord,
	{ year, code }: YearAndMunicipality,
	columns: Columns,
	catalog: FactorCatalog,
	result: ParsedImport,
): SnResultRow | null {
	const factor = findFactor(catalog, year, cellAt(record, columns.factor));
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
		year,
		municipalityCode: code,
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
