import {
	findInsiktArea,
	findInsiktMeasure,
	type InsiktArea,
	type InsiktMeasure,
	labelKey,
} from "../../domain/insikt.ts";
import { normaliseHeader } from "./header.ts";

/**
 * Every column any layout knows, by kind, with the header names files use for it (matched without
 * case or accents). One vocabulary for all formats: a format lists the kinds it reads, and a
 * header cell of any other kind tells detection that the table is not that format.
 */
export const NAMED_COLUMNS = {
	year: ["ar", "year", "period", "undersokningsar"],
	code: ["kommunkod", "kod", "code", "kommunnummer", "kommun-id", "kommunid"],
	name: ["kommun", "kommunnamn", "municipality", "kommunnamn kort"],
	county: ["lan", "lansnamn", "county"],
	countyCode: ["lanskod", "lansnummer"],
	group: [
		"kommungrupp",
		"kommungrupp skr",
		"kommungrupp (skr)",
		"skr kommungrupp",
		"kommungruppsindelning",
	],
	source: ["kalla", "source", "kallor"],
	note: ["not", "anmarkning", "kommentar", "notering", "note", "fotnot"],
	/** A running number ("Nr", "#"), not a figure. */
	rowNumber: ["nr", "nr.", "#", "lopnummer", "radnummer"],
	rank: [
		"placering",
		"plats",
		"rank",
		"ranking",
		"rang",
		"rankning",
		"placering totalt",
	],
	score: ["sammanfattande omdome", "omdome", "poang", "score", "betyg"],
	change: [
		"forandring",
		"andring",
		"forandring placering",
		"forandring mot foregaende ar",
		"forandring fran foregaende ar",
		"+/-",
		"±",
		"/",
		"change",
	],
	factor: ["faktor", "factor", "rankingfaktor", "delfaktor"],
	factorId: ["faktor-id", "faktor id", "faktorid", "id"],
	value: ["varde", "value", "resultat", "index"],
	area: ["omrade", "myndighetsomrade", "area"],
	measure: ["matt", "measure", "serviceomrade", "serviceomraden"],
	responses: ["antal svar", "svar", "antal svarande", "responses", "svarande"],
	responseRate: ["svarsfrekvens", "svarsfrekvens (%)", "svarsandel"],
	kind: ["typ", "kind", "type"],
	weight: ["vikt", "weight"],
	scaleMin: ["skala min", "skala min.", "scale min", "min"],
	scaleMax: ["skala max", "skala max.", "scale max", "max"],
	higherIsBetter: ["hogre ar battre", "higher is better"],
	areaSet: [
		"omraden i nki totalt",
		"omraden i nki-totalt",
		"nki totalt omfattar",
		"omraden",
		"area set",
		"areas",
	],
} as const;

export type NamedKind = keyof typeof NAMED_COLUMNS;

/** Kinds a header may hold several of: year columns, Delserie columns, Insikt area and measure columns. */
export type RepeatedKind =
	| "yearColumn"
	| "series"
	| "insiktArea"
	| "insiktMeasure";

export type ColumnKind = NamedKind | RepeatedKind;

/** One header cell, classified. */
export interface HeaderCell {
	position: number;
	text: string;
	/** null: no layout knows this header. */
	kind: ColumnKind | null;
	/** Year columns: the year; Insikt columns: a year in their header ("NKI totalt 2023"). */
	year?: number;
	/** Insikt columns: the area a column is about ("Bygglov", "Placering bygglov", "NKI totalt"). */
	area?: InsiktArea;
	/** Insikt measure columns: the measure ("NKI", "Bemötande"). */
	measure?: InsiktMeasure;
}

const NAME_TO_KIND = new Map<string, NamedKind>();
for (const kind of Object.keys(NAMED_COLUMNS) as NamedKind[])
	for (const name of NAMED_COLUMNS[kind]) NAME_TO_KIND.set(name, kind);

const YEAR_HEADER =
	/^(?:(?:placering|ranking|rank|plats|ar) )?((?:19|20)\d{2})$/;
/** "Förändring 2022–2023", "Ändring mot 2022": the change column, however its header goes on. */
const CHANGE_HEADER = /^(?:forandring|andring)\b/;
/** A year inside an Insikt header ("NKI totalt 2023"). */
const YEAR_IN_HEADER = /(?<!\d)((?:19|20)\d{2})(?!\d)/;
const SERIES_HEADER = /^(?:del)?serie(?: ?\d+)?$/;

/** "Placering bygglov", "Bygglov, antal svar": a named kind about one Insikt area. */
const AREA_QUALIFIED: readonly { kind: NamedKind; pattern: RegExp }[] = [
	{ kind: "rank", pattern: /\b(?:placering|rank(?:ing)?|plats)\b/ },
	{ kind: "responses", pattern: /\b(?:antal svar|svarande|svar)\b/ },
	{ kind: "responseRate", pattern: /\b(?:svarsfrekvens|svarsandel)\b/ },
];

/** "NKI bygglov", "Bygglov (NKI)", "NKI totalt", "Upphandling, NUI": an area column. */
const INDEX_WORDS = /\b(?:nki|nui|index|nkiindex)\b/g;

function classifyInsikt(cell: string, folded: string): HeaderCell | null {
	const withoutIndex = folded.replace(INDEX_WORDS, " ").replace(/[(),:]/g, " ");
	for (const { kind, pattern } of AREA_QUALIFIED) {
		if (!pattern.test(withoutIndex)) continue;
		const area = findInsiktArea(withoutIndex.replace(pattern, " "));
		if (area) return { position: 0, text: cell, kind, area };
	}
	const area = findInsiktArea(withoutIndex);
	if (area) return { position: 0, text: cell, kind: "insiktArea", area };
	if (/^nui$/.test(folded.trim()))
		return { position: 0, text: cell, kind: "insiktArea", area: "upphandling" };
	const measure = findInsiktMeasure(cell);
	if (measure)
		return { position: 0, text: cell, kind: "insiktMeasure", measure };
	// "Bygglov - Bemötande": a service factor of one area.
	const parts = cell.split(/\s[-–]\s|,/).map((part) => part.trim());
	if (parts.length === 2) {
		const [first = "", second = ""] = parts;
		const partArea = findInsiktArea(first);
		const partMeasure = findInsiktMeasure(second);
		if (partArea && partMeasure)
			return {
				position: 0,
				text: cell,
				kind: "insiktMeasure",
				area: partArea,
				measure: partMeasure,
			};
	}
	return null;
}

/** What kind of column one header cell names, or null when no layout knows it. */
export function classifyHeaderCell(cell: string, position: number): HeaderCell {
	const folded = normaliseHeader(cell);
	if (folded === "") return { position, text: cell, kind: null };
	const named = NAME_TO_KIND.get(folded);
	if (named) return { position, text: cell, kind: named };
	const year = YEAR_HEADER.exec(folded)?.[1];
	if (year)
		return { position, text: cell, kind: "yearColumn", year: Number(year) };
	if (SERIES_HEADER.test(folded))
		return { position, text: cell, kind: "series" };
	if (CHANGE_HEADER.test(folded))
		return { position, text: cell, kind: "change" };
	const insikt = classifyInsikt(cell, folded);
	if (insikt) return { ...insikt, position };
	const headerYear = YEAR_IN_HEADER.exec(folded)?.[1];
	if (headerYear) {
		const yearless = classifyInsikt(
			cell.replace(YEAR_IN_HEADER, " ").trim(),
			folded.replace(YEAR_IN_HEADER, " ").trim(),
		);
		if (yearless)
			return { ...yearless, position, text: cell, year: Number(headerYear) };
	}
	// Headers such as "Kommun (namn)" or "Län:" with a decoration.
	const bare = NAME_TO_KIND.get(
		folded.replace(/[:.*]+$|\s*\(.*\)$/g, "").trim(),
	);
	if (bare) return { position, text: cell, kind: bare };
	return { position, text: cell, kind: null };
}

/** Every cell of a candidate header row, classified. */
export function classifyHeader(cells: readonly string[]): HeaderCell[] {
	return cells.map((cell, position) => classifyHeaderCell(cell, position));
}

/** Whether a text names an Insikt area or measure (for titles and sheet names). */
export function isInsiktLabel(text: string): boolean {
	return labelKey(text) !== "" && findInsiktArea(text) !== undefined;
}
