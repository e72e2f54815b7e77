import { issueOf } from "../../domain/importIssues.ts";
import type { ParsedImport } from "../../domain/importRows.ts";
import type { HeaderCell } from "../table/columns.ts";
import { cellAt } from "../table/header.ts";
import {
	KOMMUNGRUPP_CODES,
	normaliseKommungrupp,
} from "../table/kommungrupp.ts";
import { cellsOf, DESCRIPTIVE_COLUMNS, positionOf } from "../table/layout.ts";
import type { TableRecord } from "../table/readDelimited.ts";
import {
	countMunicipality,
	warnAboutIncompleteYears,
} from "../table/recordChecks.ts";
import { statisticFactorId } from "../table/slug.ts";
import {
	type Reading,
	startReading,
	type Table,
} from "../table/tableReader.ts";
import { findInTitles, titleTexts } from "../table/titles.ts";
import { parseSwedishNumber } from "../table/values.ts";
import { forEachWideRow, yearColumnsOf } from "../table/wideTable.ts";
import type { ParseContext } from "./parseContext.ts";
import { findStatisticName } from "./statisticNames.ts";
import type { TableFormat } from "./tableFormat.ts";

/**
 * SN's Statistik.xlsx: `Kommun, Län, Kommungrupp, Faktor, Delserie, 2003, 2004, …`, values as
 * text or numbers with a decimal point (or comma). "Sverige" is stored as Riket (0000); county
 * rows ("Dalarnas län") are skipped; each municipality's Kommungrupp updates its stored group.
 */
export const snStatistics: TableFormat = {
	id: "sn-statistics",
	source: "sn-statistics",
	layout: {
		requires: [["code", "name"], "factor", "yearColumn"],
		reads: ["series", ...DESCRIPTIVE_COLUMNS],
		unknownColumns: "ignore",
		describes: "Kommun, Faktor and one column per year",
	},
	parse: (table, context) =>
		parseStatistics(table, context, {
			seriesCells: cellsOf(table.cells, "series"),
			factorOf: (record) => cellAt(record, positionOf(table.cells, "factor")),
			factorPosition: positionOf(table.cells, "factor"),
		}),
};

/** Header cells before the first year column that no layout knows: in a per-factor download, series. */
function unnamedSeriesCells(table: Table): HeaderCell[] {
	const firstYear = Math.min(
		...yearColumnsOf(table.cells).map((column) => column.position),
	);
	return table.cells.filter(
		(cell) =>
			cell.kind === null && cell.text !== "" && cell.position < firstYear,
	);
}

/** The factor a per-factor download is about: a statistic its titles name, else its first title row. */
function findFactor(table: Table) {
	const named = findInTitles(table, findStatisticName);
	if (named) return { factor: named.found, from: named.from, text: named.text };
	const title = titleTexts(table).find((t) => t.from === "title-row");
	if (!title) return null;
	const factor = title.text
		.replace(/\(?\b(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\b\)?/g, "")
		.replace(/[\s:,.–-]+$/, "")
		.trim();
	return factor === "" ? null : { factor, from: title.from, text: title.text };
}

/**
 * A per-factor download (e.g. Arbetsställen_2002-2023.xlsx): title rows above the header
 * `Kommun | Delserie 1 | <another series column> | 2002 … 2023`, no Faktor column; the factor
 * comes from the title row or the file name, the series from the Delserie columns.
 */
export const snStatisticsPerFactor: TableFormat = {
	id: "sn-statistics-per-factor",
	source: "sn-statistics",
	layout: {
		requires: [["code", "name"], "series", "yearColumn"],
		reads: DESCRIPTIVE_COLUMNS,
		unknownColumns: "ignore",
		describes: "Kommun, Delserie and one column per year",
	},
	accepts: (table) =>
		findFactor(table) ? null : issueOf("statistics-factor-unknown", {}),
	parse: (table, context) => {
		const found = findFactor(table);
		const seriesCells = [
			...cellsOf(table.cells, "series"),
			...unnamedSeriesCells(table),
		].sort((a, b) => a.position - b.position);
		const extra = new Set(seriesCells);
		return parseStatistics(
			{ ...table, ignored: table.ignored.filter((cell) => !extra.has(cell)) },
			context,
			{
				seriesCells,
				factorOf: () => found?.factor ?? "",
				factorPosition: undefined,
				note: found
					? issueOf("factor-from-title", {
							factor: found.factor,
							from: found.from,
							text: found.text,
						})
					: undefined,
			},
		);
	},
};

interface Series {
	seriesCells: HeaderCell[];
	factorOf(record: TableRecord): string;
	factorPosition: number | undefined;
	note?: ReturnType<typeof issueOf> | undefined;
}

function parseStatistics(
	table: Table,
	context: ParseContext,
	series: Series,
): ParsedImport {
	const reading = startReading(table, context, "sn-statistics");
	if (series.note) reading.warn(table.headerRecord, undefined, series.note);
	const { cells } = table;
	const columns = {
		code: positionOf(cells, "code"),
		name: positionOf(cells, "name"),
		group: positionOf(cells, "group"),
	};
	const groups: Groups = { byCode: new Map(), warned: new Set() };
	const covered = new Map<number, Set<string>>();
	forEachWideRow(
		reading,
		columns,
		yearColumnsOf(cells),
		true,
		(record, code, years) => {
			const seriesText = series.seriesCells
				.map((cell) => cellAt(record, cell.position))
				.filter((text) => text !== "")
				.join(" ");
			const factorId = statisticFactorId(series.factorOf(record), seriesText);
			if (factorId === "")
				return reading.refuse(
					record,
					series.factorPosition,
					issueOf("no-factor", {}),
				);
			if (
				reading.isRepeated(
					record,
					`${code}:${factorId}`,
					series.factorPosition ?? series.seriesCells[0]?.position,
					(firstLine) =>
						issueOf("series-repeated", {
							municipalityCode: code,
							municipality: reading.nameOf(code),
							series: factorId,
							firstLine,
						}),
				)
			)
				return;
			readKommungrupp(reading, record, columns.group, code, groups);
			for (const { year, position } of years) {
				const score = reading.readNumber(record, position, parseSwedishNumber);
				if (score === null || score === undefined) continue;
				reading.result.snResults.push({
					year,
					municipalityCode: code,
					factorId,
					rank: null,
					score,
					source: null,
				});
				countMunicipality(covered, year, code);
			}
		},
	);
	reading.result.kommungrupper = [...groups.byCode].map(
		([code, { group }]) => ({
			code,
			kommungrupp: group,
		}),
	);
	warnAboutIncompleteYears(reading.result, covered, "statistics");
	return reading.finish();
}

interface Groups {
	byCode: Map<string, { group: string; line: number }>;
	/** Texts that name no group, warned about once each. */
	warned: Set<string>;
}

/** Each municipality's Kommungrupp, one per municipality; a text that names no group is a warning (once). */
function readKommungrupp(
	reading: Reading,
	record: TableRecord,
	position: number | undefined,
	code: string,
	groups: Groups,
): void {
	const cell = cellAt(record, position);
	if (cell === "" || code.startsWith("00")) return;
	const group = normaliseKommungrupp(cell);
	if (group === null) {
		if (groups.warned.has(cell)) return;
		groups.warned.add(cell);
		reading.warn(
			record,
			position,
			issueOf("unknown-kommungrupp", { known: KOMMUNGRUPP_CODES }),
		);
		return;
	}
	const earlier = groups.byCode.get(code);
	if (!earlier) {
		groups.byCode.set(code, { group, line: record.line });
		return;
	}
	if (earlier.group !== group)
		reading.refuse(
			record,
			position,
			issueOf("kommungrupp-differs", {
				municipalityCode: code,
				municipality: reading.nameOf(code),
				earlier: earlier.group,
				firstLine: earlier.line,
			}),
		);
}
