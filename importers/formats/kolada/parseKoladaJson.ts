import { RIKET_CODE } from "../../../domain/ids.ts";
import {
	emptyParsedImport,
	type ImportIssue,
	type ParsedImport,
} from "../../../domain/importRows.ts";
import type { TableRecord } from "../../table/readDelimited.ts";
import { parseYear } from "../../table/recordChecks.ts";
import { createInsiktRowCollector } from "../insiktLong.ts";
import type { ParseContext } from "../parseContext.ts";
import { createLocator, findValueOffsets } from "./jsonPositions.ts";
import type { KoladaKpi, KoladaKpiMap } from "./koladaKpis.ts";

/** Attribution Kolada asks for with unprocessed values. */
export const KOLADA_SOURCE = "Källa: Kolada";

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

export type KoladaDocument =
	| { kind: "data"; values: unknown[] }
	| { kind: "kpis"; kpis: KoladaKpi[] }
	| { kind: "invalid"; issue: ImportIssue };

/** Reads a saved Kolada v3 response: a data page, or a /v3/kpi list. */
export function readKoladaDocument(text: string): KoladaDocument {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch (error) {
		return { kind: "invalid", issue: jsonSyntaxIssue(text, error) };
	}
	if (!isObject(parsed) || !Array.isArray(parsed.values))
		return {
			kind: "invalid",
			issue: {
				line: 1,
				column: 1,
				message:
					'not a Kolada v3 response: expected an object with a "values" array',
			},
		};
	const { values } = parsed;
	const isKpiList =
		values.length > 0 &&
		values.every(
			(value) => isObject(value) && "title" in value && !("kpi" in value),
		);
	if (!isKpiList) return { kind: "data", values };
	return {
		kind: "kpis",
		kpis: values.filter(isObject).map((value) => ({
			id: String(value.id ?? ""),
			title: String(value.title ?? ""),
		})),
	};
}

function jsonSyntaxIssue(text: string, error: unknown): ImportIssue {
	const message = error instanceof Error ? error.message : String(error);
	const position = /position (\d+)/.exec(message)?.[1];
	const { line, column } = createLocator(text)(Number(position ?? 0));
	return { line, column, message: `not valid JSON: ${message}` };
}

/**
 * Reads Kolada v3 data values into Insikt rows: gender "T" only, a null value is missing,
 * `period` as number or string, municipality "0000" is Riket. The KPI decides area and measure.
 */
export function parseKoladaJson(
	text: string,
	context: ParseContext,
	kpiMap: KoladaKpiMap,
): ParsedImport {
	const result = emptyParsedImport("kolada");
	const document = readKoladaDocument(text);
	if (document.kind === "invalid") {
		result.errors.push(document.issue);
		return result;
	}
	if (document.kind === "kpis") {
		result.errors.push({
			line: 1,
			column: 1,
			message: `this is a Kolada KPI list (${document.kpis.length} KPIs) without values: import it together with a data file`,
		});
		return result;
	}
	const offsets = findValueOffsets(text);
	const locate = createLocator(text);
	const recordAt = (index: number): TableRecord => {
		const { line, column } = locate(offsets[index] ?? 0);
		return { line, cells: [], columns: [column] };
	};
	const addRow = createInsiktRowCollector(result);
	const reportedKpis = new Set<string>();
	let missing = 0;
	document.values.forEach((value, index) => {
		const record = recordAt(index);
		const fail = (reason: string): void => {
			result.errors.push({
				line: record.line,
				column: record.columns[0] ?? 1,
				message: `values[${index}]: ${reason}`,
			});
		};
		const entry = readEntry(value, context, kpiMap);
		if (!entry.ok) {
			if (entry.kpi === undefined || !reportedKpis.has(entry.kpi))
				fail(entry.reason);
			if (entry.kpi !== undefined) reportedKpis.add(entry.kpi);
			return;
		}
		if (entry.value === null) {
			missing++;
			return;
		}
		addRow(record, 0, {
			year: entry.year,
			municipalityCode: entry.code,
			area: entry.area,
			measure: entry.measure,
			value: entry.value,
			responses: null,
			source: KOLADA_SOURCE,
		});
		if (index % 1000 === 999)
			context.onProgress?.("parse", index + 1, document.values.length);
	});
	for (const warning of kpiMap.warnings)
		result.warnings.push({ message: warning });
	if (missing > 0)
		result.warnings.push({
			message: `${missing} value(s) were null in Kolada (no published figure) and were skipped`,
		});
	addRow.finish();
	return result;
}

type Entry =
	| {
			ok: true;
			year: number;
			code: string;
			area: string;
			measure: string;
			value: number | null;
	  }
	| { ok: false; reason: string; kpi?: string };

function readEntry(
	value: unknown,
	context: ParseContext,
	kpiMap: KoladaKpiMap,
): Entry {
	if (!isObject(value) || !Array.isArray(value.values))
		return {
			ok: false,
			reason: 'expected {"kpi", "municipality", "period", "values": [...]}',
		};
	const kpi = String(value.kpi ?? "");
	const meaning = kpiMap.meaningOf(kpi);
	if (!meaning) return { ok: false, reason: kpiMap.explainUnknown(kpi), kpi };
	const period = value.period;
	const year =
		typeof period === "number" || typeof period === "string"
			? parseYear(String(period), context.maxYear)
			: parseYear("", context.maxYear);
	if (!year.ok) return { ok: false, reason: `period: ${year.reason}` };
	const code = readMunicipality(value.municipality, context);
	if (!code.ok) return code;
	const total = value.values.find(
		(entry) => isObject(entry) && entry.gender === "T",
	);
	const number = isObject(total) ? total.value : null;
	if (number !== null && number !== undefined && typeof number !== "number")
		return {
			ok: false,
			reason: `value ${JSON.stringify(number)} is not a number`,
		};
	if (typeof number === "number" && (number < 0 || number > 100))
		return { ok: false, reason: `index ${number} must be from 0 to 100` };
	return {
		ok: true,
		year: year.value,
		code: code.code,
		...meaning,
		value: typeof number === "number" ? number : null,
	};
}

function readMunicipality(
	id: unknown,
	context: ParseContext,
): { ok: true; code: string } | { ok: false; reason: string } {
	const code =
		typeof id === "string" || typeof id === "number" ? String(id) : "";
	if (code === RIKET_CODE) return { ok: true, code };
	return context.matcher.byCode(code);
}
