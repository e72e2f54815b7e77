import { issueOf } from "../../domain/importIssues.ts";
import type { SnFactorRow, SnResultRow } from "../../domain/importRows.ts";
import { cellAt } from "../table/header.ts";
import {
	DESCRIPTIVE_COLUMNS,
	type LayoutDescription,
} from "../table/layout.ts";
import { forEachMunicipalityRow } from "../table/longTable.ts";
import {
	countMunicipality,
	parseRank,
	warnAboutIncompleteYears,
} from "../table/recordChecks.ts";
import type { Reading } from "../table/tableReader.ts";
import {
	type Checked,
	parseNumberBetween,
	parseSwedishNumber,
} from "../table/values.ts";
import type { FactorCatalog } from "./factorCatalog.ts";
import type { TableRecord } from "./insiktRows.ts";
import { SURVEY_SCALE } from "./snRankingLong.ts";
import {
	type RowsToRead,
	readingFormat,
	type TableFormat,
} from "./tableFormat.ts";

const EMPTY_CATALOG: FactorCatalog = { find: () => undefined, idsOf: () => [] };

const LAYOUT = {
	requires: ["year", ["code", "name"], "factor", "value"],
	reads: ["code", "name", "rank", ...DESCRIPTIVE_COLUMNS],
	unknownColumns: "refuse",
	describes: "År, Kommun or Kommunkod, Faktor and Värde",
} as const satisfies LayoutDescription;

/** SN factor results per year: `År; Kommun(kod); Faktor; Värde[; Placering][; Källa]`. */
export const snFactors: TableFormat = readingFormat({
	id: "sn-factors",
	source: "sn-factors",
	layout: LAYOUT,
	read: readSnFactors,
});

/**
 * Survey answers (scale 1–6) and statistics (free numbers), with the factor's rank when given.
 * The Faktor cell is matched against the year's factor definitions (stored, or a definitions file
 * imported together with this one), by id or label.
 */
function readSnFactors({
	reading,
	columns,
	context,
}: RowsToRead<typeof LAYOUT>): void {
	const catalog = context.factors?.() ?? EMPTY_CATALOG;
	const covered = new Map<number, Set<string>>();
	forEachMunicipalityRow(
		reading,
		{ position: columns.year ?? 0 },
		columns,
		false,
		(record, { year, code }) => {
			const row = readRow(reading, record, year, code, columns, catalog);
			if (!row) return;
			if (
				reading.isRepeated(
					record,
					`${year}:${code}:${row.factorId}`,
					columns.factor,
					(firstLine) =>
						issueOf("factor-repeated", {
							municipalityCode: code,
							municipality: reading.nameOf(code),
							factor: row.factorId,
							year,
							firstLine,
						}),
				)
			)
				return;
			reading.result.snResults.push(row);
			countMunicipality(covered, year, code);
		},
	);
	warnAboutIncompleteYears(reading.result, covered, "factor-results");
}

type Columns = RowsToRead<typeof LAYOUT>["columns"];

function readRow(
	reading: Reading,
	record: TableRecord,
	year: number,
	code: string,
	columns: Columns,
	catalog: FactorCatalog,
): SnResultRow | null {
	const factor = findFactor(catalog, year, cellAt(record, columns.factor));
	if (!factor.ok) return reading.refuse(record, columns.factor, factor.issue);
	const value = reading.readNumber(
		record,
		columns.value,
		factor.value.kind === "survey"
			? (cell) => parseNumberBetween(cell, SURVEY_SCALE.min, SURVEY_SCALE.max)
			: parseSwedishNumber,
	);
	const rank =
		columns.rank === undefined
			? null
			: reading.readNumber(record, columns.rank, parseRank, true);
	if (value === undefined || rank === undefined) return null;
	if (value === null && rank === null)
		return reading.refuse(
			record,
			columns.value,
			issueOf("row-without-value", {
				columns: [columns.value, columns.rank].flatMap((p) =>
					p === undefined ? [] : [reading.table.headerRecord.cells[p] ?? ""],
				),
			}),
		);
	return {
		year,
		municipalityCode: code,
		factorId: factor.value.id,
		rank,
		score: value,
		source: cellAt(record, columns.source) || null,
	};
}

function findFactor(
	catalog: FactorCatalog,
	year: number,
	cell: string,
): Checked<SnFactorRow> {
	if (cell.trim() === "") return { ok: false, issue: issueOf("no-factor", {}) };
	const factor = catalog.find(year, cell);
	if (factor) return { ok: true, value: factor };
	const known = catalog.idsOf(year);
	return {
		ok: false,
		issue:
			known.length === 0
				? issueOf("no-factor-definitions", { year })
				: issueOf("unknown-factor", { year, known }),
	};
}
