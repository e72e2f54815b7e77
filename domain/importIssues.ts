/**
 * Import issues as data: a stable code, the numbers and names its sentence needs, and where it
 * is (line, column, the column's header, the cell's text). `message` is the English sentence for
 * the command line and logs; the UI words each code itself (importIssueText.ts has both languages).
 */

/** What a count of municipalities is about, in "2023: ranks for 2 of 290 municipalities". */
export type CoverageTopic =
	| "ranks"
	| "survey-scores"
	| "statistics"
	| "factor-results"
	| "insikt-values";

/** Rows that are not one municipality: the whole country, a county (län), or a mean or total. */
export type AggregateKind = "country" | "county" | "summary";

/** The cell texts that mean "no value", by what they say. */
export type MissingMarker =
	| "empty"
	| "dash"
	| "star"
	| "dots"
	| "ellipsis"
	| "x"
	| "dot";

/** Where a year or a factor was found when the table has no column for it. */
export type TitleSource =
	| "title-row"
	| "file-name"
	| "sheet-name"
	| "column-header";

/** Which of Kolada's two NKI totalt series a KPI is (the 2024 definition break). */
export type NkiDefinition = "old" | "new";

/** The parameters of each issue code. */
export interface IssueParams {
	// ── Cells ──────────────────────────────────────────────────────────────────────────────
	/** The cell is not a number (decimal comma or point, space as thousands separator). */
	"not-a-number": Record<string, never>;
	/** The cell is not a whole number from min to max (ranks, counts). */
	"not-a-whole-number": { min: number; max: number | null };
	/** The cell is a number outside min to max (an index 0–100, a survey score 1–6). */
	"number-out-of-range": { min: number; max: number };
	/** A year cell that is not a year from min to max. */
	"not-a-year": { min: number; max: number };
	/** A year column's header lies outside min to max. */
	"year-column-out-of-range": { year: number; min: number; max: number };
	"year-column-repeated": { year: number };
	/** The change column holds neither a number of places nor a dash. */
	"not-a-change": Record<string, never>;
	/** Warning: the change column does not match the two years' ranks. */
	"change-disagrees": {
		municipalityCode: string;
		municipality: string;
		previousYear: number;
		year: number;
		previousRank: number;
		rank: number;
		signed: boolean;
	};

	/** Warning: a ranking's Placering column differs from its latest year column's rank. */
	"current-rank-disagrees": {
		municipalityCode: string;
		municipality: string;
		year: number;
		rank: number;
	};

	// ── Municipalities ─────────────────────────────────────────────────────────────────────
	/** `known`: how many municipalities the database's list holds (290 when it is whole). */
	"unknown-municipality-code": { known: number };
	"unknown-municipality-name": { known: number };
	/** A file with figures for a database that has no municipality list to match them against. */
	"no-municipality-list": Record<string, never>;
	"ambiguous-municipality-name": { candidates: string[] };
	/** Both Kommun and Kommunkod are empty. */
	"no-municipality": Record<string, never>;
	/** Warning: rows that are the country, a county or a mean/total, skipped (one issue per name). */
	"aggregate-rows-skipped": {
		name: string;
		kind: AggregateKind;
		rows: number;
		lines: number[];
	};
	/** Warning: the country's rows stored as 0000 (Riket). */
	"country-rows-stored": { name: string; rows: number };
	/** Municipality list: the code is not four digits. */
	"bad-municipality-code": Record<string, never>;
	"unknown-kommungrupp": { known: string[] };
	"kommungrupp-differs": {
		municipalityCode: string;
		municipality: string;
		earlier: string;
		firstLine: number;
	};

	// ── Repeats ────────────────────────────────────────────────────────────────────────────
	"municipality-repeated": {
		municipalityCode: string;
		municipality: string;
		year: number | null;
		firstLine: number;
	};
	"series-repeated": {
		municipalityCode: string;
		municipality: string;
		series: string;
		firstLine: number;
	};
	"factor-repeated": {
		municipalityCode: string;
		municipality: string;
		factor: string;
		year: number;
		firstLine: number;
	};
	"insikt-value-repeated": {
		municipalityCode: string;
		municipality: string;
		area: string;
		measure: string;
		year: number;
		firstLine: number;
	};
	"factor-defined-twice": { factor: string; year: number; firstLine: number };
	"year-defined-twice": { year: number; firstLine: number };
	"municipality-code-repeated": { firstLine: number };

	// ── Row contents ───────────────────────────────────────────────────────────────────────
	/** A row with none of the value columns filled, e.g. neither Placering nor Sammanfattande omdöme. */
	"row-without-value": { columns: string[] };
	"no-factor": Record<string, never>;
	"unknown-factor": { year: number; known: string[] };
	"no-factor-definitions": { year: number };
	"bad-factor-id": Record<string, never>;
	"no-factor-label": Record<string, never>;
	"bad-factor-kind": Record<string, never>;
	"bad-weight": Record<string, never>;
	"scale-max-not-above-min": { scaleMin: number; scaleMax: number };
	"not-yes-or-no": Record<string, never>;
	"weights-do-not-add-up": {
		year: number;
		sum: number;
		factors: number;
		tolerance: number;
	};
	"unknown-insikt-area": { known: string[] };
	"unknown-insikt-measure": { known: string[] };
	"no-insikt-areas": Record<string, never>;

	// ── Notes about the whole file (warnings) ──────────────────────────────────────────────
	"incomplete-year": {
		year: number;
		topic: CoverageTopic;
		count: number;
		total: number;
	};
	"note-row-skipped": { text: string };
	"missing-values": { marker: MissingMarker; text: string; count: number };
	"columns-not-read": { columns: string[] };
	"year-from-title": { year: number; from: TitleSource; text: string };
	"factor-from-title": { factor: string; from: TitleSource; text: string };
	"area-from-title": { area: string; from: TitleSource; text: string };
	/** Placering in an Insikt table: SKR's own rank, stored as the measure placering. */
	"insikt-rank-read": { area: string };
	"sheet-not-read": { sheet: string; readSheet: string };
	"source-differs": { asked: string; read: string };

	// ── The file as a whole (errors) ───────────────────────────────────────────────────────
	/** No header row of any format among the first 30 rows. */
	"no-header": { formats: string[] };
	/** The forced format's header row was not found. */
	"no-header-for-format": { format: string; expected: string };
	/** The header fits more than one format. */
	"format-ambiguous": { formats: string[] };
	/** The header has a format's columns, and columns it does not read. */
	"format-foreign-columns": { format: string; columns: string[] };
	/** The header has a format's columns, and columns no format knows. */
	"format-unknown-columns": { format: string; columns: string[] };
	/** The header looks like an SN ranking, but the title or file name names a statistic. */
	"statistics-not-ranks": { factor: string; from: TitleSource; text: string };
	/** Most values of a "ranking" are not whole numbers 1–290: the file holds statistics. */
	"values-not-ranks": { nonRanks: number; values: number; example: string };
	/** A per-factor statistics download whose factor neither the title nor the file name names. */
	"statistics-factor-unknown": Record<string, never>;
	/** An Insikt table by measure (NKI, Bemötande…) that names no area. */
	"insikt-area-not-named": Record<string, never>;
	"year-not-found": { format: string };
	"workbook-unreadable": { detail: string };
	/** A workbook that would inflate past the limits, or holds more cells than a workbook may. */
	"workbook-too-large": { detail: string };
	/** An .xlsx workbook given to a path that reads text only. */
	"workbook-not-read": Record<string, never>;
	"no-sheet-with-header": { sheets: string[]; formats: string[] };
	"json-not-table": { source: string };
	"table-not-json": { source: string };

	// ── Kolada ─────────────────────────────────────────────────────────────────────────────
	"json-syntax": { detail: string };
	"not-a-kolada-answer": Record<string, never>;
	"kolada-kpi-list-only": { kpis: number };
	"kolada-bad-entry": Record<string, never>;
	/** Warning: a KPI that is not an Insikt figure, skipped with all its values. */
	"kolada-kpi-not-insikt": { kpi: string; title: string; values: number };
	/** Warning: a KPI whose catalogue title no longer says what the built-in table says. */
	"kolada-kpi-title-changed": {
		kpi: string;
		title: string;
		expected: string;
	};
	/** Warning: no catalogue was given, so the built-in titles were trusted. */
	"kolada-titles-not-checked": { kpis: string[] };
	"kolada-null-values": { count: number };
	"kolada-no-total-gender": { count: number };
	"kolada-deleted-values": { count: number };
	/** Warning: a page whose next_url is set, without its next page (imported over what is stored). */
	"kolada-answer-continues": {
		nextUrl: string;
		values: number;
		count: number | null;
	};
	/** Warning: a page whose previous_url is set, without its previous page (imported over what is stored). */
	"kolada-answer-begins-earlier": {
		previousUrl: string;
		values: number;
		count: number | null;
	};
	/** Warning: NKI totalt of a definition other than the year's, stored apart. */
	"kolada-other-definition": {
		kpi: string;
		definition: NkiDefinition;
		years: number[];
		measure: string;
	};
}

export type IssueCode = keyof IssueParams;

/** Where an issue is, and what the cell says. */
export interface IssuePlace {
	/** The file, when one import reads several (pages of one Kolada answer). */
	file?: string;
	/** 1-based physical line of the file (CSV, JSON) or row of the sheet (XLSX). */
	line?: number;
	/** 1-based character column of the cell (CSV, JSON) or column number (XLSX). */
	column?: number;
	/** XLSX only: the sheet and A1 cell reference. */
	sheet?: string;
	cell?: string;
	/** The column's header text, e.g. "Placering" (a JSON field name in Kolada answers). */
	header?: string;
	/** The offending cell's text as written. */
	value?: string;
}

/** A code with its parameters, before it has a place. */
export type IssueDetail = {
	[C in IssueCode]: { code: C; params: IssueParams[C] };
}[IssueCode];

/** A problem found in an input file, with its code. Errors block the import; warnings do not. */
export type CodedIssue = IssueDetail &
	IssuePlace & {
		/** English, for the command line and logs. */
		message: string;
	};

/**
 * An issue worded only in English, from a reader that gives no codes yet (the action plan's
 * workbook reader in server/): the UI shows its message as it is.
 */
export type UncodedIssue = IssuePlace & {
	code?: undefined;
	params?: undefined;
	message: string;
};

export type ImportIssue = CodedIssue | UncodedIssue;

/** The code and parameters of an issue, typed together. */
export function issueOf<C extends IssueCode>(
	code: C,
	params: IssueParams[C],
): IssueDetail {
	// The mapped union cannot be narrowed from a generic code; the pair is checked at the call.
	return { code, params } as IssueDetail;
}
