import type {
	ImportIssue,
	ParsedImport,
	SnFactorRow,
} from "../../domain/importRows.ts";
import {
	type ColumnIndex,
	cellAt,
	issueAt,
	normaliseHeader,
} from "../table/header.ts";
import {
	forEachYearRow,
	longLayout,
	SOURCE_COLUMN,
	YEAR_COLUMN,
} from "../table/longTable.ts";
import type { TableRecord } from "../table/readDelimited.ts";
import { type Checked, refuse } from "../table/recordChecks.ts";
import { FACTOR_ID_PATTERN } from "../table/slug.ts";
import {
	createRepeatCheck,
	looksLike,
	parseTable,
} from "../table/tableReader.ts";
import { parseSwedishNumber } from "../table/values.ts";
import type { ParseContext } from "./parseContext.ts";

export const SN_FACTOR_DEFINITION_COLUMNS = {
	...YEAR_COLUMN,
	id: ["faktor-id", "faktor id", "faktorid", "id"],
	label: ["faktor", "faktornamn", "namn", "label"],
	kind: ["typ", "kind", "type"],
	weight: ["vikt", "weight"],
	scaleMin: ["skala min", "skala min.", "scale min", "min"],
	scaleMax: ["skala max", "skala max.", "scale max", "max"],
	higherIsBetter: ["hogre ar battre", "higher is better"],
	...SOURCE_COLUMN,
} as const;

type Columns = ColumnIndex<keyof typeof SN_FACTOR_DEFINITION_COLUMNS>;

/** Weights of a year must add up to 1 within this, so "0,3333"-style rounding passes. */
const WEIGHT_TOLERANCE = 0.001;

const LAYOUT = longLayout(
	SN_FACTOR_DEFINITION_COLUMNS,
	["year", "id", "label", "kind", "weight"],
	"År, Faktor-id, Faktor, Typ and Vikt",
);

/** `År; Faktor-id; Faktor; Typ; Vikt; Skala min; Skala max; Högre är bättre[; Källa]`. */
export function looksLikeSnFactorDefinitions(header: string[]): boolean {
	return looksLike(LAYOUT, header);
}

/** Reads SN's factor list per year (ids, labels, kinds, weights, scales): factors are data per year. */
export function parseSnFactorDefinitions(
	records: TableRecord[],
	context: ParseContext,
): ParsedImport {
	return parseTable(
		records,
		"sn-factor-definitions",
		LAYOUT,
		(table, result) => {
			const { columns } = table.header;
			const isRepeated = createRepeatCheck(result);
			const firstOfYear = new Map<number, TableRecord>();
			// Year cells of refused rows (notes and bad years, skipped before this, never name a year with factors).
			const yearsWithErrors = new Set<string>();
			forEachYearRow(table, context, result, (record, year) => {
				const factor = readDefinition(record, year, columns, result);
				if (!factor) {
					yearsWithErrors.add(cellAt(record, columns.year));
					return;
				}
				const describe = () =>
					`factor "${factor.id}" (${factor.label}) is defined twice for ${factor.year}`;
				if (
					isRepeated(
						record,
						`id:${factor.year}:${factor.id}`,
						columns.id,
						describe,
					) ||
					isRepeated(
						record,
						`label:${factor.year}:${normaliseHeader(factor.label)}`,
						columns.id,
						describe,
					)
				)
					return;
				if (!firstOfYear.has(factor.year)) firstOfYear.set(factor.year, record);
				result.snFactors.push(factor);
			});
			// A year with a refused row would fail the sum check as well: one error per cause is enough.
			const complete = result.snFactors.filter(
				(factor) => !yearsWithErrors.has(String(factor.year)),
			);
			result.errors.push(
				...checkWeightSums(complete, firstOfYear, columns.weight),
			);
		},
	);
}

/** The definition in a row whose year passed; null after refusing it. */
function readDefinition(
	record: TableRecord,
	year: number,
	columns: Columns,
	result: ParsedImport,
): SnFactorRow | null {
	const id = cellAt(record, columns.id);
	if (!FACTOR_ID_PATTERN.test(id))
		return refuse(
			result,
			record,
			columns.id,
			`factor id "${id}" must be lower-case letters, digits and hyphens, e.g. "service"`,
		);
	const label = cellAt(record, columns.label);
	if (label === "")
		return refuse(result, record, columns.label, "the factor has no label");
	const kind = parseKind(cellAt(record, columns.kind));
	if (!kind.ok) return refuse(result, record, columns.kind, kind.reason);
	const weight = parseWeight(cellAt(record, columns.weight));
	if (!weight.ok) return refuse(result, record, columns.weight, weight.reason);
	const scaleMin = parseScaleBound(cellAt(record, columns.scaleMin));
	if (!scaleMin.ok)
		return refuse(result, record, columns.scaleMin, scaleMin.reason);
	const scaleMax = parseScaleBound(cellAt(record, columns.scaleMax));
	if (!scaleMax.ok)
		return refuse(result, record, columns.scaleMax, scaleMax.reason);
	if (
		scaleMin.value !== null &&
		scaleMax.value !== null &&
		scaleMin.value >= scaleMax.value
	)
		return refuse(
			result,
			record,
			columns.scaleMax,
			`scale max ${scaleMax.value} must be above scale min ${scaleMin.value}`,
		);
	const higherIsBetter = parseYesNo(cellAt(record, columns.higherIsBetter));
	if (!higherIsBetter.ok)
		return refuse(
			result,
			record,
			columns.higherIsBetter,
			higherIsBetter.reason,
		);
	return {
		year,
		id,
		label,
		kind: kind.value,
		weight: weight.value,
		scaleMin: scaleMin.value,
		scaleMax: scaleMax.value,
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

function parseKind(cell: string): Checked<SnFactorRow["kind"]> {
	const kind = KINDS[normaliseHeader(cell)];
	return kind
		? { ok: true, value: kind }
		: { ok: false, reason: `type "${cell}" must be enkät or statistik` };
}

/** "6/18", "0,3333" or "33,3 %": a share of the total above 0 and at most 1. */
export function parseWeight(cell: string): Checked<number> {
	const reason = `weight "${cell}" must be a share of the total such as 6/18, 0,3333 or 33,3 %`;
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
		return { ok: false, reason };
	return { ok: true, value };
}

function parseScaleBound(cell: string): Checked<number | null> {
	const bound = parseSwedishNumber(cell);
	return bound.ok
		? { ok: true, value: bound.value }
		: { ok: false, reason: `scale bound ${bound.reason}` };
}

const YES = new Set(["ja", "j", "yes", "y", "true", "1", "x"]);
const NO = new Set(["nej", "n", "no", "false", "0"]);

function parseYesNo(cell: string): Checked<boolean> {
	const key = normaliseHeader(cell);
	if (YES.has(key)) return { ok: true, value: true };
	if (NO.has(key)) return { ok: true, value: false };
	return {
		ok: false,
		reason: `"Högre är bättre" must be ja or nej, got "${cell}"`,
	};
}

function checkWeightSums(
	factors: SnFactorRow[],
	firstOfYear: Map<number, TableRecord>,
	weightColumn: number | undefined,
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
				issueAt(
					record,
					weightColumn,
					`the weights of ${year} add up to ${sum.toFixed(4)} over ${count} factors; they must add up to 1 (±${WEIGHT_TOLERANCE})`,
				),
			);
	}
	return issues;
}
