import { type IssueDetail, issueOf } from "../../domain/importIssues.ts";
import type { InsiktRow, ParsedImport } from "../../domain/importRows.ts";
import {
	findInsiktArea,
	INSIKT_AREAS,
	type InsiktArea,
	type InsiktMeasure,
	labelKey,
	overallMeasureOf,
	TOTAL_INSIKT_AREA,
} from "../../domain/insikt.ts";
import type { HeaderCell } from "../table/columns.ts";
import { cellAt } from "../table/header.ts";
import { cellsOf, DESCRIPTIVE_COLUMNS, positionOf } from "../table/layout.ts";
import { forEachMunicipalityRow, type YearSource } from "../table/longTable.ts";
import { startReading, type Table } from "../table/tableReader.ts";
import {
	findInTitles,
	findTitleYear,
	type TitleText,
} from "../table/titles.ts";
import {
	createInsiktRowCollector,
	insiktKey,
	insiktRepeat,
	insiktValueParser,
	parseResponses,
} from "./insiktRows.ts";
import type { ParseContext } from "./parseContext.ts";
import type { TableFormat } from "./tableFormat.ts";

/**
 * Insikt and Öppna jämförelser tables with one column per area (`År; Kommun; NKI totalt;
 * Placering; Bygglov; …`) or, for one area, per measure (`Kommun; NKI; Placering; Information; …`
 * with the area in a title row, the sheet name or the file name). Placering is SKR's own rank of
 * the table's main area (NKI totalt when it has that column), stored as the measure placering.
 * Without an År column, the one year of a title ("Företagsklimat 2023", "…2023.xlsx") is used.
 */
export const insiktWide: TableFormat = {
	id: "insikt-wide",
	source: "insikt",
	layout: {
		requires: [
			["code", "name"],
			["insiktArea", "insiktMeasure"],
		],
		reads: [
			"year",
			"rank",
			"responses",
			"responseRate",
			...DESCRIPTIVE_COLUMNS,
		],
		unknownColumns: "ignore",
		describes:
			"Kommun (or Kommunkod) and one column per Insikt area or measure",
	},
	accepts: (table, context) => {
		const plan = planColumns(table);
		if (!plan.ok) return plan.issue;
		if (positionOf(table.cells, "year") !== undefined) return null;
		return findYear(table, context.maxYear)
			? null
			: issueOf("year-not-found", { format: "insikt-wide" });
	},
	parse: parseInsiktWide,
};

interface ValueColumn {
	position: number;
	area: InsiktArea;
	measure: InsiktMeasure;
	/** responses: the column holds the number of answers of (area, measure). */
	holds: "value" | "responses";
	cell: HeaderCell;
}

type Plan =
	| {
			ok: true;
			columns: ValueColumn[];
			/** Set when the area came from a title. */
			areaFrom?: (TitleText & { area: InsiktArea }) | undefined;
	  }
	| { ok: false; issue: IssueDetail };

const AREA_LABELS = Object.entries(INSIKT_AREAS)
	.flatMap(([id, labels]) =>
		[id, ...labels].map((label) => ({
			id: id as InsiktArea,
			key: labelKey(label),
		})),
	)
	.sort((a, b) => b.key.length - a.key.length);

/** The Insikt area a title names somewhere in it: "Bygglov 2023", "Insikt – Livsmedelskontroll". */
function findAreaIn(text: string): InsiktArea | undefined {
	const whole = findInsiktArea(text);
	if (whole) return whole;
	const words = text.split(/[\s_,;:()–-]+/).map(labelKey);
	for (const { id, key } of AREA_LABELS)
		if (key.length >= 5 && words.includes(key)) return id;
	return undefined;
}

/** The table's one year without an År column: a title's, or the one all its Insikt headers name ("NKI totalt 2023"). */
function findYear(
	table: Table,
	maxYear: number,
): (TitleText & { year: number }) | null {
	const titled = findTitleYear(table, maxYear);
	if (titled) return titled;
	const dated = table.cells.filter(
		(cell) =>
			cell.year !== undefined &&
			cell.kind !== "yearColumn" &&
			cell.year <= maxYear,
	);
	const [first] = dated;
	const years = new Set(dated.map((cell) => cell.year));
	return first?.year !== undefined && years.size === 1
		? { from: "column-header", text: first.text, year: first.year }
		: null;
}

/** The area of the table's bare columns (NKI, Placering, Antal svar): NKI totalt, the only area, or a title's. */
function mainArea(table: Table) {
	const areas = cellsOf(table.cells, "insiktArea");
	if (areas.some((cell) => cell.area === TOTAL_INSIKT_AREA))
		return { area: TOTAL_INSIKT_AREA as InsiktArea };
	if (areas.length === 1 && areas[0]?.area) return { area: areas[0].area };
	if (areas.length > 1) return null;
	const titled = findInTitles(table, findAreaIn);
	return titled
		? {
				area: titled.found,
				from: { area: titled.found, from: titled.from, text: titled.text },
			}
		: null;
}

/** Which column holds which figure; refused when bare measure columns have no area to belong to. */
function planColumns(table: Table): Plan {
	const main = mainArea(table);
	const columns: ValueColumn[] = [];
	for (const cell of table.cells) {
		const isQualified =
			cell.kind === "insiktArea" ||
			cell.kind === "insiktMeasure" ||
			cell.kind === "rank" ||
			cell.kind === "responses" ||
			cell.kind === "responseRate";
		if (!isQualified) continue;
		const area = cell.area ?? main?.area;
		if (!area)
			return { ok: false, issue: issueOf("insikt-area-not-named", {}) };
		const overall = overallMeasureOf(area);
		const measure: InsiktMeasure =
			cell.kind === "rank"
				? "placering"
				: cell.kind === "responseRate"
					? "svarsfrekvens"
					: cell.kind === "insiktMeasure" &&
							cell.measure &&
							cell.measure !== "nki"
						? cell.measure
						: overall;
		columns.push({
			position: cell.position,
			area,
			measure,
			holds: cell.kind === "responses" ? "responses" : "value",
			cell,
		});
	}
	return {
		ok: true,
		columns,
		areaFrom: main && "from" in main ? main.from : undefined,
	};
}

export function parseInsiktWide(
	table: Table,
	context: ParseContext,
): ParsedImport {
	const reading = startReading(table, context, "insikt");
	const plan = planColumns(table);
	if (!plan.ok) {
		reading.refuse(table.headerRecord, undefined, plan.issue);
		return reading.finish();
	}
	const { cells, headerRecord } = table;
	if (plan.areaFrom)
		reading.warn(
			headerRecord,
			undefined,
			issueOf("area-from-title", {
				area: plan.areaFrom.area,
				from: plan.areaFrom.from,
				text: plan.areaFrom.text,
			}),
		);
	const yearPosition = positionOf(cells, "year");
	let year: YearSource;
	if (yearPosition !== undefined) year = { position: yearPosition };
	else {
		const titled = findYear(table, context.maxYear);
		if (!titled) {
			reading.refuse(
				headerRecord,
				undefined,
				issueOf("year-not-found", { format: "insikt-wide" }),
			);
			return reading.finish();
		}
		reading.warn(
			headerRecord,
			undefined,
			issueOf("year-from-title", {
				year: titled.year,
				from: titled.from,
				text: titled.text,
			}),
		);
		year = { year: titled.year };
	}
	for (const column of plan.columns)
		if (column.measure === "placering")
			reading.warn(
				headerRecord,
				column.position,
				issueOf("insikt-rank-read", { area: column.area }),
			);
	const columns = {
		code: positionOf(cells, "code"),
		name: positionOf(cells, "name"),
		source: positionOf(cells, "source"),
	};
	const rows = createInsiktRowCollector(reading.result);
	forEachMunicipalityRow(reading, year, columns, true, (record, keys) => {
		const byKey = new Map<string, InsiktRow>();
		const responsesByKey = new Map<string, number>();
		for (const column of plan.columns) {
			const row = {
				year: keys.year,
				municipalityCode: keys.code,
				area: column.area,
				measure: column.measure,
			};
			if (column.holds === "responses") {
				const count = reading.readNumber(
					record,
					column.position,
					parseResponses,
					true,
				);
				if (count !== null && count !== undefined)
					responsesByKey.set(insiktKey(row), count);
				continue;
			}
			const value = reading.readNumber(
				record,
				column.position,
				insiktValueParser(column.measure),
			);
			if (value === null || value === undefined) continue;
			byKey.set(insiktKey(row), {
				...row,
				value,
				responses: null,
				source: cellAt(record, columns.source) || null,
			});
		}
		for (const [key, row] of byKey) {
			const responses = responsesByKey.get(key) ?? null;
			const complete = { ...row, responses };
			rows.add(complete, (rowKey) =>
				reading.isRepeated(
					record,
					rowKey,
					columns.code ?? columns.name,
					(firstLine) =>
						insiktRepeat(complete, reading.nameOf(keys.code), firstLine),
				),
			);
		}
	});
	rows.finish();
	return reading.finish();
}
