import {
	type ColumnIndex,
	cellAt,
	findHeader,
	indexColumns,
	issueAt,
	normaliseHeader,
} from "./header.ts";
import { forEachRecord, type ParseContext, placeOf } from "./parseContext.ts";
import {
	type Checked,
	createDuplicateCheck,
	isNoteRow,
	parseYear,
	refuse,
	skippedRowWarning,
} from "./recordChecks.ts";
import { FACTOR_ID_PATTERN } from "./slug.ts";
import type { TableRecord } from "./text/readDelimited.ts";
import {
	emptyParsedImport,
	type ImportIssue,
	type ParsedImport,
	type SnFactorRow,
} from "./types.ts";
import { parseSwedishNumber } from "./values.ts";

export const SN_FACTOR_DEFINITION_COLUMNS = {
	year: ["ar", "year"],
	id: ["faktor-id", "faktor id", "faktorid", "id"],
	label: ["faktor", "faktornamn", "namn", "label"],
	kind: ["typ", "kind", "type"],
	weight: ["vikt", "weight"],
	scaleMin: ["skala min", "skala min.", "scale min", "min"],
	scaleMax: ["skala max", "skala max.", "scale max", "max"],
	higherIsBetter: ["hogre ar battre", "higher is better"],
	source: ["kalla", "source"],
} as const;

type Columns = ColumnIndex<keyof typeof SN_FACTOR_DEFINITION_COLUMNS>;

/** Weights of a year must add up to 1 within this, so "0,3333"-style rounding passes. */
const WEIGHT_TOLERANCE = 0.001;

function hasRequiredColumns(columns: Columns): boolean {
	return (
		columns.year !== undefined &&
		columns.id !== undefined &&
		columns.label !== undefined &&
		columns.kind !== undefined &&
		columns.weight !== undefined
	);
}

/** `År; Faktor-id; Faktor; Typ; Vikt; Skala min; Skala max; Högre är bättre[; Källa]`. */
export function looksLikeSnFactorDefinitions(header: string[]): boolean {
	return hasRequiredColumns(indexColumns(header, SN_FACTOR_DEFINITION_COLUMNS));
}

/** Reads SN's factor list per year (ids, labels, kinds, weights, scales): factors are data per year. */
export function parseSnFactorDefinitions(
	records: TableRecord[],
	context: ParseContext,
): ParsedImport {
	const result = emptyParsedImport("sn-factor-definitions");
	const header = findHeader(
		records,
		SN_FACTOR_DEFINITION_COLUMNS,
		hasRequiredColumns,
	);
	if (!header) {
		result.errors.push(
			issueAt(
				records[0] ?? { line: 1, cells: [], columns: [] },
				undefined,
				"no header row with År, Faktor-id, Faktor, Typ and Vikt was found",
			),
		);
		return result;
	}
	const { columns } = header;
	const isDuplicateId = createDuplicateCheck();
	const isDuplicateLabel = createDuplicateCheck();
	const firstOfYear = new Map<number, TableRecord>();
	const yearsWithErrors = new Set<string>();
	forEachRecord(
		records.slice(header.position + 1),
		context.onProgress,
		(record) => {
			const factor = readDefinition(record, columns, context, result);
			if (!factor) {
				yearsWithErrors.add(cellAt(record, columns.year));
				return;
			}
			const duplicate =
				isDuplicateId(`${factor.year}:${factor.id}`, record.line) ??
				isDuplicateLabel(
					`${factor.year}:${normaliseHeader(factor.label)}`,
					record.line,
				);
			if (duplicate !== undefined) {
				result.errors.push(
					issueAt(
						record,
						columns.id,
						`factor "${factor.id}" (${factor.label}) is defined twice for ${factor.year} (first on ${placeOf({ ...record, line: duplicate })})`,
					),
				);
				return;
			}
			if (!firstOfYear.has(factor.year)) firstOfYear.set(factor.year, record);
			result.snFactors.push(factor);
		},
	);
	// A year with a refused row would fail the sum check as well: one error per cause is enough.
	const complete = result.snFactors.filter(
		(factor) => !yearsWithErrors.has(String(factor.year)),
	);
	result.errors.push(...checkWeightSums(complete, firstOfYear, columns.weight));
	return result;
}

function readDefinition(
	record: TableRecord,
	columns: Columns,
	context: ParseContext,
	result: ParsedImport,
): SnFactorRow | null {
	if (isNoteRow(record)) {
		result.warnings.push(skippedRowWarning(record, "a note below the table"));
		return null;
	}
	const year = parseYear(cellAt(record, columns.year), context.maxYear);
	if (!year.ok) return refuse(result, record, columns.year, year.reason);
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
		year: year.value,
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
