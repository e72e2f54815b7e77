import { type IssueDetail, issueOf } from "../../domain/importIssues.ts";
import type {
	ImportIssue,
	ParsedImport,
	SnFactorRow,
} from "../../domain/importRows.ts";
import { cellAt, normaliseHeader } from "../table/header.ts";
import { issueAtCell } from "../table/issues.ts";
import { positionOf } from "../table/layout.ts";
import { forEachYearRow } from "../table/longTable.ts";
import { FACTOR_ID_PATTERN } from "../table/slug.ts";
import {
	type Reading,
	startReading,
	type Table,
} from "../table/tableReader.ts";
import { type Checked, parseSwedishNumber } from "../table/values.ts";
import type { TableRecord } from "./insiktRows.ts";
import type { ParseContext } from "./parseContext.ts";
import type { TableFormat } from "./tableFormat.ts";

/** Weights of a year must add up to 1 within this, so "0,3333"-style rounding passes. */
const WEIGHT_TOLERANCE = 0.001;

/** SN's factor list per year: `År; Faktor-id; Faktor; Typ; Vikt; Skala min; Skala max; Högre är bättre[; Källa]`. */
export const snFactorDefinitions: TableFormat = {
	id: "sn-factor-definitions",
	source: "sn-factor-definitions",
	layout: {
		requires: ["year", "factorId", "factor", "kind", "weight"],
		reads: ["scaleMin", "scaleMax", "higherIsBetter", "source", "note"],
		unknownColumns: "ignore",
		describes: "År, Faktor-id, Faktor, Typ and Vikt",
	},
	parse: parseSnFactorDefinitions,
};

interface Columns {
	year: number;
	id: number | undefined;
	label: number | undefined;
	kind: number | undefined;
	weight: number | undefined;
	scaleMin: number | undefined;
	scaleMax: number | undefined;
	higherIsBetter: number | undefined;
}

/** Reads SN's factor list per year (ids, labels, kinds, weights, scales): factors are data per year. */
export function parseSnFactorDefinitions(
	table: Table,
	context: ParseContext,
): ParsedImport {
	const reading = startReading(table, context, "sn-factor-definitions");
	const { result } = reading;
	const { cells } = table;
	const columns: Columns = {
		year: positionOf(cells, "year") ?? 0,
		id: positionOf(cells, "factorId"),
		label: positionOf(cells, "factor"),
		kind: positionOf(cells, "kind"),
		weight: positionOf(cells, "weight"),
		scaleMin: positionOf(cells, "scaleMin"),
		scaleMax: positionOf(cells, "scaleMax"),
		higherIsBetter: positionOf(cells, "higherIsBetter"),
	};
	const firstOfYear = new Map<number, TableRecord>();
	// Years of refused rows: such a year would fail the sum check as well, one error per cause is enough.
	const yearsWithErrors = new Set<number>();
	forEachYearRow(reading, { position: columns.year }, (record, year) => {
		const factor = readDefinition(reading, record, year, columns);
		if (!factor) {
			yearsWithErrors.add(year);
			return;
		}
		const describe = (firstLine: number) =>
			issueOf("factor-defined-twice", {
				factor: `${factor.id} (${factor.label})`,
				year,
				firstLine,
			});
		if (
			reading.isRepeated(
				record,
				`id:${year}:${factor.id}`,
				columns.id,
				describe,
			) ||
			reading.isRepeated(
				record,
				`label:${year}:${normaliseHeader(factor.label)}`,
				columns.id,
				describe,
			)
		)
			return;
		if (!firstOfYear.has(year)) firstOfYear.set(year, record);
		result.snFactors.push(factor);
	});
	const complete = result.snFactors.filter(
		(factor) => !yearsWithErrors.has(factor.year),
	);
	result.errors.push(
		...checkWeightSums(
			complete,
			firstOfYear,
			columns.weight,
			table.headerRecord.cells,
		),
	);
	return reading.finish();
}

/** The definition in a row whose year passed; null after refusing it. */
function readDefinition(
	reading: Reading,
	record: TableRecord,
	year: number,
	columns: Columns,
): SnFactorRow | null {
	const id = cellAt(record, columns.id);
	if (!FACTOR_ID_PATTERN.test(id))
		return reading.refuse(record, columns.id, issueOf("bad-factor-id", {}));
	const label = cellAt(record, columns.label);
	if (label === "")
		return reading.refuse(
			record,
			columns.label,
			issueOf("no-factor-label", {}),
		);
	const kind = KINDS[normaliseHeader(cellAt(record, columns.kind))];
	if (!kind)
		return reading.refuse(record, columns.kind, issueOf("bad-factor-kind", {}));
	const weight = parseWeight(cellAt(record, columns.weight));
	if (!weight.ok) return reading.refuse(record, columns.weight, weight.issue);
	const scaleMin = reading.readNumber(
		record,
		columns.scaleMin,
		parseSwedishNumber,
		true,
	);
	const scaleMax = reading.readNumber(
		record,
		columns.scaleMax,
		parseSwedishNumber,
		true,
	);
	if (scaleMin === undefined || scaleMax === undefined) return null;
	if (scaleMin !== null && scaleMax !== null && scaleMin >= scaleMax)
		return reading.refuse(
			record,
			columns.scaleMax,
			issueOf("scale-max-not-above-min", { scaleMin, scaleMax }),
		);
	const higherIsBetter = parseYesNo(cellAt(record, columns.higherIsBetter));
	if (!higherIsBetter.ok)
		return reading.refuse(record, columns.higherIsBetter, higherIsBetter.issue);
	return {
		year,
		id,
		label,
		kind,
		weight: weight.value,
		scaleMin,
		scaleMax,
		higherIsBetter: higherIsBetter.value,
	};
}

const KINDS: Record<string, SnFactorRow["kind"]> = {
	enkat: "survey",
	enkatfraga: "survey",
	survey: "survey",
	statistik: "statistic",
	statistic: "statistic",
	statistics: "statistic",
};

const BAD_WEIGHT: IssueDetail = issueOf("bad-weight", {});

/** "6/18", "0,3333" or "33,3 %": a share of the total above 0 and at most 1. */
export function parseWeight(cell: string): Checked<number> {
	const fraction = /^\s*(\d+(?:[.,]\d+)?)\s*\/\s*(\d+(?:[.,]\d+)?)\s*$/.exec(
		cell,
	);
	const percent = /^(.*\d)\s*%\s*$/.exec(cell);
	let value: number | null = null;
	if (fraction?.[1] && fraction[2]) {
		const numerator = parseSwedishNumber(fraction[1]);
		const denominator = parseSwedishNumber(fraction[2]);
		if (numerator.ok && denominator.ok && denominator.value)
			value = (numerator.value ?? 0) / denominator.value;
	} else {
		const number = parseSwedishNumber(percent?.[1] ?? cell);
		if (number.ok && number.value !== null)
			value = percent ? number.value / 100 : number.value;
	}
	if (value === null || !(value > 0 && value <= 1))
		return { ok: false, issue: BAD_WEIGHT };
	return { ok: true, value };
}

const YES = new Set(["ja", "j", "yes", "y", "true", "1", "x"]);
const NO = new Set(["nej", "n", "no", "false", "0"]);

function parseYesNo(cell: string): Checked<boolean> {
	const key = normaliseHeader(cell);
	if (YES.has(key)) return { ok: true, value: true };
	if (NO.has(key)) return { ok: true, value: false };
	return { ok: false, issue: issueOf("not-yes-or-no", {}) };
}

function checkWeightSums(
	factors: SnFactorRow[],
	firstOfYear: Map<number, TableRecord>,
	weightColumn: number | undefined,
	headerCells: readonly string[],
): ImportIssue[] {
	const sums = new Map<number, { sum: number; count: number }>();
	for (const factor of factors) {
		const entry = sums.get(factor.year) ?? { sum: 0, count: 0 };
		sums.set(factor.year, {
			sum: entry.sum + factor.weight,
			count: entry.count + 1,
		});
	}
	const issues: ImportIssue[] = [];
	for (const [year, { sum, count }] of sums) {
		const record = firstOfYear.get(year);
		if (Math.abs(sum - 1) > WEIGHT_TOLERANCE && record)
			issues.push(
				issueAtCell(
					record,
					weightColumn,
					headerCells,
					issueOf("weights-do-not-add-up", {
						year,
						sum,
						factors: count,
						tolerance: WEIGHT_TOLERANCE,
					}),
				),
			);
	}
	return issues;
}
