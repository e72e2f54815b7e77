import { RIKET_CODE } from "../../../domain/ids.ts";
import {
	type ImportIssue,
	type IssueDetail,
	issueOf,
} from "../../../domain/importIssues.ts";
import {
	emptyParsedImport,
	type InsiktRow,
	type ParsedImport,
} from "../../../domain/importRows.ts";
import { measureRange } from "../../../domain/insikt.ts";
import { placedIssue } from "../../table/issues.ts";
import { fileWarning, parseYear } from "../../table/recordChecks.ts";
import { createInsiktRowCollector, insiktKey } from "../insiktRows.ts";
import type { ParseContext } from "../parseContext.ts";
import { createLocator, findValueOffsets } from "./jsonPositions.ts";
import {
	createKoladaCatalogue,
	type KoladaCatalogue,
	type KoladaKpi,
	type KpiMeaning,
	measureForYear,
} from "./koladaCatalogue.ts";

/** Attribution Kolada asks for with unprocessed values. */
export const KOLADA_SOURCE = "Källa: Kolada";

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** One page of a data answer: its values and the links to its neighbours. */
export interface KoladaPage {
	values: unknown[];
	/** The page's own URL, when it was saved with it (npm run kolada -- --save). */
	url: string | null;
	nextUrl: string | null;
	previousUrl: string | null;
	/** count as the answer states it (the total over all pages, or this page's). */
	count: number | null;
	/** Where the values array starts in the JSON text, for line:column of each value. */
	text: string;
}

export type KoladaDocument =
	| { kind: "data"; page: KoladaPage }
	| { kind: "kpis"; kpis: KoladaKpi[] }
	| { kind: "invalid"; issue: ImportIssue };

function stringOrNull(value: unknown): string | null {
	return typeof value === "string" && value !== "" ? value : null;
}

/**
 * Reads a saved Kolada v3 answer: a data page, a /v3/kpi list, or either wrapped as
 * `{"url", "body"}` (how npm run kolada -- --save writes them).
 */
export function readKoladaDocument(text: string): KoladaDocument {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch (error) {
		return { kind: "invalid", issue: jsonSyntaxIssue(text, error) };
	}
	const url = isObject(parsed) ? stringOrNull(parsed.url) : null;
	const body = isObject(parsed) && isObject(parsed.body) ? parsed.body : parsed;
	if (!isObject(body) || !Array.isArray(body.values))
		return {
			kind: "invalid",
			issue: placedIssue(issueOf("not-a-kolada-answer", {}), {
				line: 1,
				column: 1,
			}),
		};
	const { values } = body;
	const isKpiList =
		values.length > 0 &&
		values.every(
			(value) => isObject(value) && "title" in value && !("kpi" in value),
		);
	if (isKpiList)
		return {
			kind: "kpis",
			kpis: values.filter(isObject).map((value) => ({
				id: String(value.id ?? ""),
				title: String(value.title ?? ""),
			})),
		};
	return {
		kind: "data",
		page: {
			values,
			url,
			nextUrl: stringOrNull(body.next_url) ?? stringOrNull(body.next_page),
			previousUrl:
				stringOrNull(body.previous_url) ?? stringOrNull(body.previous_page),
			count: typeof body.count === "number" ? body.count : null,
			text,
		},
	};
}

function jsonSyntaxIssue(text: string, error: unknown): ImportIssue {
	const message = error instanceof Error ? error.message : String(error);
	const position = /position (\d+)/.exec(message)?.[1];
	const { line, column } = createLocator(text)(Number(position ?? 0));
	return placedIssue(issueOf("json-syntax", { detail: message }), {
		line,
		column,
	});
}

/** A saved answer and the file it was read from. */
export interface KoladaFile {
	fileName: string;
	text: string;
}

/**
 * Reads a Kolada v3 answer saved as one or more files (the pages of one answer, or several
 * answers): their values merge into one import, so a second page never overwrites the first.
 * Gender "T" only; null values skipped (counted); a KPI that is not Insikt skipped with one
 * warning; a page whose next_url points to a page not given warns that the answer continues.
 */
export function parseKoladaFiles(
	files: readonly KoladaFile[],
	context: ParseContext,
	catalogue: KoladaCatalogue = context.koladaCatalogue?.() ??
		createKoladaCatalogue(null),
): ParsedImport {
	const result = emptyParsedImport("kolada");
	if (context.matcher.count === 0) {
		result.errors.push(
			placedIssue(issueOf("no-municipality-list", {}), { line: 1, column: 1 }),
		);
		return result;
	}
	const pages: { file: string; page: KoladaPage }[] = [];
	for (const file of files) {
		const document = readKoladaDocument(file.text);
		const place = files.length > 1 ? { file: file.fileName } : {};
		if (document.kind === "invalid")
			result.errors.push({ ...document.issue, ...place });
		else if (document.kind === "kpis")
			result.errors.push(
				placedIssue(
					issueOf("kolada-kpi-list-only", { kpis: document.kpis.length }),
					{ line: 1, column: 1, ...place },
				),
			);
		else pages.push({ file: file.fileName, page: document.page });
	}
	if (result.errors.length > 0) return result;
	readValues(pages, files.length > 1, context, catalogue, result);
	warnAboutContinuations(pages, result);
	for (const warning of catalogue.warnings)
		result.warnings.push(fileWarning(warning));
	return result;
}

interface Tallies {
	nulls: number;
	withoutTotal: number;
	deleted: number;
	notInsikt: Map<string, number>;
	counties: Map<string, { rows: number; lines: number[] }>;
	otherDefinition: Map<
		string,
		{ kpi: string; meaning: KpiMeaning; years: Set<number> }
	>;
	used: Set<string>;
}

function readValues(
	pages: readonly { file: string; page: KoladaPage }[],
	namesFile: boolean,
	context: ParseContext,
	catalogue: KoladaCatalogue,
	result: ParsedImport,
): void {
	const tallies: Tallies = {
		nulls: 0,
		withoutTotal: 0,
		deleted: 0,
		notInsikt: new Map(),
		counties: new Map(),
		otherDefinition: new Map(),
		used: new Set(),
	};
	/** Rows by key, so a KPI's answers join its index and a repeated page adds nothing. */
	const rows = new Map<string, KeyedRow>();
	let done = 0;
	const total = pages.reduce((sum, { page }) => sum + page.values.length, 0);
	for (const { file, page } of pages) {
		const offsets = findValueOffsets(page.text);
		const locate = createLocator(page.text);
		page.values.forEach((value, index) => {
			const { line, column } = locate(offsets[index] ?? 0);
			const at = (detail: IssueDetail, header: string, cell: string): void => {
				result.errors.push(
					placedIssue(detail, {
						...(namesFile ? { file } : {}),
						line,
						column,
						header,
						value: cell,
					}),
				);
			};
			readEntry(value, { file, line }, context, catalogue, tallies, rows, at);
			done++;
			if (done % 1000 === 0) context.onProgress?.("parse", done, total);
		});
	}
	const collector = createInsiktRowCollector(result);
	for (const { row } of rows.values())
		if (row.value !== null || row.responses !== null)
			collector.add(row, () => false);
	collector.finish();
	reportTallies(tallies, catalogue, result);
}

type Place = { file: string; line: number };

/** A row being assembled from a KPI's value and another's answers, and where it was first seen. */
interface KeyedRow {
	row: InsiktRow;
	firstLine: number;
}

function readEntry(
	value: unknown,
	place: Place,
	context: ParseContext,
	catalogue: KoladaCatalogue,
	tallies: Tallies,
	rows: Map<string, KeyedRow>,
	at: (detail: IssueDetail, header: string, cell: string) => void,
): void {
	if (!isObject(value) || !Array.isArray(value.values)) {
		at(issueOf("kolada-bad-entry", {}), "values", JSON.stringify(value) ?? "");
		return;
	}
	const kpi = String(value.kpi ?? "");
	const meaning = catalogue.meaningOf(kpi);
	if (!meaning) {
		tallies.notInsikt.set(kpi, (tallies.notInsikt.get(kpi) ?? 0) + 1);
		return;
	}
	if (value.isdeleted === true) {
		tallies.deleted++;
		return;
	}
	const period =
		typeof value.period === "number" || typeof value.period === "string"
			? String(value.period)
			: "";
	const year = parseYear(period, context.maxYear);
	if (!year.ok) {
		at(year.issue, "period", period);
		return;
	}
	const id =
		typeof value.municipality === "string" ||
		typeof value.municipality === "number"
			? String(value.municipality)
			: "";
	let code: string;
	if (id === RIKET_CODE) code = RIKET_CODE;
	else {
		const match = context.matcher.byCode(id);
		if (!match.ok) {
			const county = context.matcher.countyOf(id);
			if (county) {
				const tally = tallies.counties.get(county) ?? { rows: 0, lines: [] };
				tally.rows++;
				if (tally.lines.length < 5) tally.lines.push(place.line);
				tallies.counties.set(county, tally);
				return;
			}
			at(match.issue, "municipality", id);
			return;
		}
		code = match.code;
	}
	const totalGender = value.values.find(
		(entry) => isObject(entry) && entry.gender === "T",
	);
	if (!isObject(totalGender)) {
		tallies.withoutTotal++;
		return;
	}
	const number = totalGender.value;
	if (number === null || number === undefined) {
		tallies.nulls++;
		return;
	}
	const cell = JSON.stringify(number) ?? "";
	if (typeof number !== "number" || !Number.isFinite(number)) {
		at(issueOf("not-a-number", {}), "value", cell);
		return;
	}
	const measure = measureForYear(meaning, year.value);
	const issue = checkRange(meaning, measure, number);
	if (issue) {
		at(issue, "value", cell);
		return;
	}
	// The answers of an index stored apart go with it; its own warning says so.
	if (measure !== meaning.measure && meaning.holds === "value") {
		const other = tallies.otherDefinition.get(kpi) ?? {
			kpi,
			meaning,
			years: new Set<number>(),
		};
		other.years.add(year.value);
		tallies.otherDefinition.set(kpi, other);
	}
	tallies.used.add(kpi);
	const key = insiktKey({
		year: year.value,
		municipalityCode: code,
		area: meaning.area,
		measure,
	});
	const keyed = rows.get(key) ?? {
		row: {
			year: year.value,
			municipalityCode: code,
			area: meaning.area,
			measure,
			value: null,
			responses: null,
			source: KOLADA_SOURCE,
		},
		firstLine: place.line,
	};
	const { row } = keyed;
	const field = meaning.holds === "responses" ? "responses" : "value";
	const earlier = row[field];
	if (earlier !== null && earlier !== number) {
		at(
			issueOf("insikt-value-repeated", {
				municipalityCode: code,
				municipality: context.matcher.nameOf(code) ?? "",
				area: meaning.area,
				measure,
				year: year.value,
				firstLine: keyed.firstLine,
			}),
			"value",
			cell,
		);
		return;
	}
	row[field] = number;
	rows.set(key, keyed);
}

function checkRange(
	meaning: KpiMeaning,
	measure: string,
	value: number,
): IssueDetail | null {
	if (meaning.holds === "responses")
		return Number.isInteger(value) && value >= 0
			? null
			: issueOf("not-a-whole-number", { min: 0, max: null });
	const { min, max } = measureRange(measure);
	return value >= min && value <= max
		? null
		: issueOf("number-out-of-range", { min, max });
}

function reportTallies(
	tallies: Tallies,
	catalogue: KoladaCatalogue,
	result: ParsedImport,
): void {
	for (const [kpi, values] of tallies.notInsikt)
		result.warnings.push(
			fileWarning(
				issueOf("kolada-kpi-not-insikt", {
					kpi,
					title: catalogue.titleOf(kpi),
					values,
				}),
			),
		);
	for (const [name, tally] of tallies.counties)
		result.warnings.push(
			fileWarning(
				issueOf("aggregate-rows-skipped", {
					name,
					kind: "county",
					rows: tally.rows,
					lines: tally.lines,
				}),
			),
		);
	for (const { kpi, meaning, years } of tallies.otherDefinition.values())
		result.warnings.push(
			fileWarning(
				issueOf("kolada-other-definition", {
					kpi,
					definition: meaning.definition ?? "old",
					years: [...years].sort((a, b) => a - b),
					measure: measureForYear(meaning, [...years][0] ?? 0),
				}),
			),
		);
	if (tallies.nulls > 0)
		result.warnings.push(
			fileWarning(issueOf("kolada-null-values", { count: tallies.nulls })),
		);
	if (tallies.withoutTotal > 0)
		result.warnings.push(
			fileWarning(
				issueOf("kolada-no-total-gender", { count: tallies.withoutTotal }),
			),
		);
	if (tallies.deleted > 0)
		result.warnings.push(
			fileWarning(issueOf("kolada-deleted-values", { count: tallies.deleted })),
		);
	if (!catalogue.isChecked && tallies.used.size > 0)
		result.warnings.push(
			fileWarning(
				issueOf("kolada-titles-not-checked", {
					kpis: [...tallies.used].sort(),
				}),
			),
		);
}

/** The page a URL asks for and the URL without its page, so pages of one answer can be matched. */
function pageOf(url: string): { base: string; page: number } | null {
	try {
		const parsed = new URL(url);
		const page = Number(parsed.searchParams.get("page") ?? "1");
		parsed.searchParams.delete("page");
		parsed.searchParams.sort();
		return { base: parsed.toString(), page: Number.isFinite(page) ? page : 1 };
	} catch {
		return null;
	}
}

function pageKey(page: { base: string; page: number }): string {
	return `${page.page} ${page.base}`;
}

/** A page's own place in its answer: its saved URL, or one before its next, one after its previous. */
function ownPage(page: KoladaPage): { base: string; page: number } | null {
	if (page.url) return pageOf(page.url);
	const next = page.nextUrl ? pageOf(page.nextUrl) : null;
	if (next) return { base: next.base, page: next.page - 1 };
	const previous = page.previousUrl ? pageOf(page.previousUrl) : null;
	if (previous) return { base: previous.base, page: previous.page + 1 };
	return null;
}

function warnAboutContinuations(
	pages: readonly { file: string; page: KoladaPage }[],
	result: ParsedImport,
): void {
	const given = new Set(
		pages.flatMap(({ page }) => {
			const own = ownPage(page);
			return own ? [pageKey(own)] : [];
		}),
	);
	const values = pages.reduce((sum, { page }) => sum + page.values.length, 0);
	for (const { file, page } of pages) {
		const place = pages.length > 1 ? { file } : {};
		const next = page.nextUrl ? pageOf(page.nextUrl) : null;
		if (page.nextUrl && !(next && given.has(pageKey(next))))
			result.warnings.push(
				placedIssue(
					issueOf("kolada-answer-continues", {
						nextUrl: page.nextUrl,
						values,
						count: page.count,
					}),
					place,
				),
			);
		const previous = page.previousUrl ? pageOf(page.previousUrl) : null;
		if (page.previousUrl && !(previous && given.has(pageKey(previous))))
			result.warnings.push(
				placedIssue(
					issueOf("kolada-answer-begins-earlier", {
						previousUrl: page.previousUrl,
						values,
						count: page.count,
					}),
					place,
				),
			);
	}
}

/** Whether the answer lacks pages: then it is written over what is stored, removing nothing. */
export function isPartialAnswer(parsed: ParsedImport): boolean {
	return parsed.warnings.some(
		(warning) =>
			warning.code === "kolada-answer-continues" ||
			warning.code === "kolada-answer-begins-earlier",
	);
}
