import type { ImportSource } from "../../domain/ids.ts";
import { type ImportIssue, issueOf } from "../../domain/importIssues.ts";
import type { ParseContext } from "../formats/parseContext.ts";
import { FORMAT_IDS, TABLE_FORMATS } from "../formats/registry.ts";
import type { TableFormat } from "../formats/tableFormat.ts";
import { classifyHeader, type HeaderCell } from "../table/columns.ts";
import { issueAtCell } from "../table/issues.ts";
import { fitLayout } from "../table/layout.ts";
import type { TableRecord } from "../table/readDelimited.ts";
import type { FileFacts, Table } from "../table/tableReader.ts";

/**
 * The near misses worth naming: one whose extra columns include all of another's and more (the
 * May survey layout beside the ranking's, Placering being extra) is left out.
 */
function closest(misses: ImportIssue[]): ImportIssue[] {
	const extra = (issue: ImportIssue): string[] =>
		issue.code === "format-foreign-columns" ||
		issue.code === "format-unknown-columns"
			? issue.params.columns
			: [];
	return misses.filter((miss) => {
		const own = extra(miss);
		return !misses.some((other) => {
			const theirs = extra(other);
			return (
				other !== miss &&
				theirs.length < own.length &&
				theirs.every((column) => own.includes(column))
			);
		});
	});
}

/**
 * Öppna jämförelser's sheets head each area's columns with a row above the measures (a merged
 * "Bygglov" over "NKI | Placering | Antal svar"): the two rows read as one header, "Bygglov NKI",
 * "Bygglov Placering", … Null when the rows are not such a pair.
 */
function twoRowHeader(
	upper: TableRecord | undefined,
	lower: TableRecord,
): TableRecord | null {
	if (!upper) return null;
	const upperCells = classifyHeader(upper.cells);
	const lowerCells = classifyHeader(lower.cells);
	const hasAreaHeadings = upperCells.some((cell) => cell.kind === "insiktArea");
	const hasBareMeasures = lowerCells.some(
		(cell) =>
			cell.area === undefined &&
			(cell.kind === "insiktMeasure" ||
				cell.kind === "rank" ||
				cell.kind === "responses" ||
				cell.kind === "responseRate"),
	);
	if (!hasAreaHeadings || !hasBareMeasures) return null;
	let heading = "";
	const cells = lower.cells.map((cell, position) => {
		const above = upper.cells[position] ?? "";
		// A merged heading is empty in the cells it spans: it runs on until the next one.
		if (above !== "") heading = above;
		else if (cell === "") heading = "";
		if (heading === "" || cell === "") return cell || heading;
		return `${heading} ${cell}`;
	});
	return { ...lower, cells };
}

interface Trial {
	candidates: readonly TableFormat[];
	isForced: boolean;
	titleRows: TableRecord[];
	body: TableRecord[];
	file: FileFacts;
	context: ParseContext;
}

/**
 * One candidate header row: the detection when one layout fits it (or a refusal when several
 * do), else what the near misses say.
 */
function tryHeader(
	record: TableRecord,
	trial: Trial,
): { detection: Detection | null; said: ImportIssue[] } {
	const cells = classifyHeader(record.cells);
	if (cells.every((cell) => cell.kind === null))
		return { detection: null, said: [] };
	const fits: { format: TableFormat; table: Table }[] = [];
	const misses: ImportIssue[] = [];
	/** Layouts whose header fits but whose file does not (e.g. no factor named): they say the most. */
	const refusals: ImportIssue[] = [];
	for (const format of trial.candidates) {
		const fit = fitLayout(format.layout, cells, trial.isForced);
		if (!fit.fits) {
			if (fit.missing.length > 0) continue;
			const [columns, code] =
				fit.foreign.length > 0
					? [fit.foreign, "format-foreign-columns" as const]
					: [fit.unknown, "format-unknown-columns" as const];
			misses.push(
				issueAtCell(
					record,
					firstPosition(columns),
					record.cells,
					issueOf(code, {
						format: format.id,
						columns: columns.map((cell) => cell.text),
					}),
				),
			);
			continue;
		}
		const table: Table = {
			cells,
			headerRecord: record,
			titleRows: trial.titleRows,
			body: trial.body,
			file: trial.file,
			ignored: fit.ignored,
		};
		const refusal = format.accepts?.(table, trial.context) ?? null;
		if (refusal)
			refusals.push(issueAtCell(record, undefined, record.cells, refusal));
		else fits.push({ format, table });
	}
	const [only, ...others] = fits;
	if (only && others.length === 0)
		return { detection: { ok: true, ...only }, said: [] };
	if (only)
		return {
			detection: {
				ok: false,
				issues: [
					issueAtCell(
						record,
						undefined,
						record.cells,
						issueOf("format-ambiguous", {
							formats: fits.map((fit) => fit.format.id),
						}),
					),
				],
			},
			said: [],
		};
	return {
		detection: null,
		said: refusals.length > 0 ? refusals : closest(misses),
	};
}

/** How far down detection looks for a header row: title and note rows come first. */
const HEADER_SEARCH_ROWS = 30;

export type Detection =
	| { ok: true; format: TableFormat; table: Table }
	| { ok: false; issues: ImportIssue[] };

/** SN's ranking and survey releases differ only in Placering: naming one admits the other (with a warning). */
function candidatesFor(
	forced: ImportSource | undefined,
): readonly TableFormat[] {
	if (!forced) return TABLE_FORMATS;
	const family: readonly ImportSource[] =
		forced === "sn-ranking" || forced === "sn-survey"
			? ["sn-ranking", "sn-survey"]
			: [forced];
	return TABLE_FORMATS.filter((format) => family.includes(format.source));
}

function firstPosition(cells: readonly HeaderCell[]): number | undefined {
	return cells[0]?.position;
}

/**
 * Finds the header row among the first 30 records and the one layout it fits. Never guesses: a
 * header that fits several layouts is refused naming them; a header that has a layout's columns
 * and columns that layout does not read is refused naming the layout and those columns.
 */
export function detectTable(
	records: readonly TableRecord[],
	file: FileFacts,
	forced: ImportSource | undefined,
	context: ParseContext,
): Detection {
	const candidates = candidatesFor(forced);
	let nearMisses: ImportIssue[] | null = null;
	const limit = Math.min(records.length, HEADER_SEARCH_ROWS);
	for (let position = 0; position < limit; position++) {
		const single = records[position];
		if (!single) continue;
		const paired = twoRowHeader(records[position - 1], single);
		const headers = paired
			? [
					{ record: paired, titleEnd: position - 1 },
					{ record: single, titleEnd: position },
				]
			: [{ record: single, titleEnd: position }];
		for (const { record, titleEnd } of headers) {
			const trial = tryHeader(record, {
				candidates,
				isForced: forced !== undefined,
				titleRows: records.slice(0, titleEnd),
				body: records.slice(position + 1),
				file,
				context,
			});
			if (trial.detection) return trial.detection;
			if (trial.said.length > 0 && nearMisses === null) nearMisses = trial.said;
		}
	}
	if (nearMisses) return { ok: false, issues: nearMisses };
	const first = records[0] ?? { line: 1, cells: [], columns: [] };
	const [forcedFormat] = candidates;
	const detail =
		forced && forcedFormat
			? issueOf("no-header-for-format", {
					format: forcedFormat.id,
					expected: candidates.map((c) => c.layout.describes).join("; or "),
				})
			: issueOf("no-header", { formats: [...FORMAT_IDS] });
	return {
		ok: false,
		issues: [issueAtCell(first, undefined, undefined, detail)],
	};
}
