import { MUNICIPALITY_COUNT } from "./ids.ts";
import type {
	AggregateKind,
	CoverageTopic,
	ImportIssue,
	IssueCode,
	IssueDetail,
	IssueParams,
	IssuePlace,
	MissingMarker,
	TitleSource,
} from "./importIssues.ts";
import {
	MAX_ENTRY_BYTES,
	MAX_TOTAL_BYTES,
	MAX_WORKBOOK_CELLS,
} from "./workbookLimits.ts";

/** sv and en for people (the UI); cli is English for the terminal, which may name flags. */
export type IssueLanguage = "sv" | "en";
type Voice = IssueLanguage | "cli";

type Sentence<C extends IssueCode> = (
	params: IssueParams[C],
	cell: { value: string; header: string },
) => string;

type Sentences = {
	[C in IssueCode]: { en: Sentence<C>; sv: Sentence<C>; cli?: Sentence<C> };
};

const quote = (text: string): string => `"${text}"`;

/**
 * The layouts the importer reads, by id, as each voice names them. The importers' format
 * registry uses these ids (a test checks that every one has a name here).
 */
export const FORMAT_NAMES: Record<string, Record<Voice, string>> = {
	municipalities: {
		cli: "municipalities",
		en: "municipality list",
		sv: "kommunlista",
	},
	"sn-factor-definitions": {
		cli: "sn-factor-definitions",
		en: "SN factor list",
		sv: "SN:s faktorlista",
	},
	"insikt-definitions": {
		cli: "insikt-definitions",
		en: "Insikt definitions (areas in NKI totalt)",
		sv: "Insikt-definitioner (områden i NKI totalt)",
	},
	"sn-factors": {
		cli: "sn-factors",
		en: "SN factor results",
		sv: "SN:s faktorresultat",
	},
	"insikt-long": {
		cli: "insikt (long)",
		en: "Insikt, one row per value",
		sv: "Insikt, en rad per värde",
	},
	"insikt-wide": {
		cli: "insikt (wide)",
		en: "Insikt / Öppna jämförelser, one column per area or measure",
		sv: "Insikt / Öppna jämförelser, en kolumn per område eller mått",
	},
	"sn-statistics": {
		cli: "sn-statistics",
		en: "SN statistics (Statistik.xlsx)",
		sv: "SN:s statistik (Statistik.xlsx)",
	},
	"sn-statistics-per-factor": {
		cli: "sn-statistics (per factor)",
		en: "SN statistics, one factor per file",
		sv: "SN:s statistik, en faktor per fil",
	},
	"sn-ranking-long": {
		cli: "sn-ranking (long)",
		en: "SN ranking, one row per year",
		sv: "SN:s ranking, en rad per år",
	},
	"sn-survey-long": {
		cli: "sn-survey (long)",
		en: "SN survey results (May), one row per year",
		sv: "SN:s enkätresultat (maj), en rad per år",
	},
	"sn-ranking-wide": {
		cli: "sn-ranking (wide)",
		en: "SN ranking, one column per year",
		sv: "SN:s ranking, en kolumn per år",
	},
	kolada: { cli: "kolada (json)", en: "Kolada answer", sv: "svar från Kolada" },
};

/** The sources an import can be named as, as each voice names them. */
const SOURCE_NAMES: Record<string, Record<Voice, string>> = {
	"sn-ranking": { cli: "sn-ranking", en: "SN ranking", sv: "SN:s ranking" },
	"sn-survey": {
		cli: "sn-survey",
		en: "SN survey results",
		sv: "SN:s enkätresultat",
	},
};

/** A layout's name as a voice says it (the command line: "sn-ranking (wide)"). */
export function formatName(id: string, voice: Voice): string {
	return FORMAT_NAMES[id]?.[voice] ?? id;
}

function sourceName(id: string, voice: Voice): string {
	return SOURCE_NAMES[id]?.[voice] ?? FORMAT_NAMES[id]?.[voice] ?? id;
}

function list(items: readonly string[], lang: IssueLanguage): string {
	if (items.length <= 1) return items.join("");
	const and = lang === "sv" ? " och " : " and ";
	return `${items.slice(0, -1).join(", ")}${and}${items[items.length - 1]}`;
}

function quotedList(items: readonly string[], lang: IssueLanguage): string {
	return list(items.map(quote), lang);
}

function number(value: number, lang: IssueLanguage, digits = 4): string {
	const text = String(Number(value.toFixed(digits)));
	return lang === "sv" ? text.replace(".", ",").replace("-", "−") : text;
}

const megabytes = (bytes: number): number => bytes / 1024 / 1024;

function range(min: number, max: number | null, lang: IssueLanguage): string {
	if (max === null)
		return lang === "sv" ? `${min} eller mer` : `${min} or more`;
	return lang === "sv"
		? `${number(min, lang)}–${number(max, lang)}`
		: `from ${number(min, lang)} to ${number(max, lang)}`;
}

function lines(
	lineNumbers: readonly number[],
	total: number,
	lang: IssueLanguage,
): string {
	const shown = lineNumbers.join(", ");
	const more = total > lineNumbers.length;
	if (lang === "sv")
		return `${total === 1 ? "rad" : "raderna"} ${shown}${more ? " …" : ""}`;
	return `${total === 1 ? "line" : "lines"} ${shown}${more ? ", …" : ""}`;
}

/** "municipality code 2021 (Vansbro)": a code is never left to read as a year. */
function municipality(code: string, name: string, lang: IssueLanguage): string {
	const label = lang === "sv" ? "kommunkod" : "municipality code";
	return name === "" ? `${label} ${code}` : `${label} ${code} (${name})`;
}

const TOPICS: Record<CoverageTopic, { en: string; sv: string }> = {
	ranks: { en: "ranks", sv: "placeringar" },
	"survey-scores": { en: "survey scores", sv: "enkätbetyg" },
	statistics: { en: "statistics", sv: "statistik" },
	"factor-results": { en: "factor results", sv: "faktorresultat" },
	"insikt-values": { en: "Insikt values", sv: "Insikt-värden" },
};

const AGGREGATES: Record<AggregateKind, { en: string; sv: string }> = {
	country: { en: "the whole country", sv: "hela landet" },
	county: { en: "a county (län)", sv: "ett län" },
	summary: { en: "a mean or total", sv: "ett medelvärde eller en summa" },
};

const MARKERS: Record<MissingMarker, { en: string; sv: string }> = {
	empty: { en: "empty", sv: "tomma" },
	dash: { en: "no value", sv: "inget värde" },
	star: { en: "too few answers", sv: "för få svar" },
	dots: { en: "suppressed", sv: "sekretess eller ej redovisat" },
	ellipsis: { en: "no value", sv: "inget värde" },
	x: { en: "suppressed", sv: "sekretess" },
	dot: { en: "no value", sv: "inget värde" },
};

const SOURCES: Record<TitleSource, { en: string; sv: string }> = {
	"title-row": { en: "the title row", sv: "rubrikraden" },
	"file-name": { en: "the file name", sv: "filnamnet" },
	"sheet-name": { en: "the sheet name", sv: "bladets namn" },
	"column-header": { en: "the column header", sv: "kolumnrubriken" },
};

const SENTENCES: Sentences = {
	"not-a-number": {
		en: (_, { value }) => `${quote(value)} is not a number`,
		sv: (_, { value }) => `${quote(value)} är inget tal`,
	},
	"not-a-whole-number": {
		en: (p, { value }) =>
			`${quote(value)} is not a whole number ${range(p.min, p.max, "en")}`,
		sv: (p, { value }) =>
			`${quote(value)} är inget heltal ${range(p.min, p.max, "sv")}`,
	},
	"number-out-of-range": {
		en: (p, { value }) =>
			`${quote(value)} is not a number ${range(p.min, p.max, "en")}`,
		sv: (p, { value }) =>
			`${quote(value)} är inget tal ${range(p.min, p.max, "sv")}`,
	},
	"not-a-year": {
		en: (p, { value }) =>
			`${quote(value)} is not a year from ${p.min} to ${p.max}`,
		sv: (p, { value }) => `${quote(value)} är inget år ${p.min}–${p.max}`,
	},
	"year-column-out-of-range": {
		en: (p) =>
			`the year column ${p.year} is not a year from ${p.min} to ${p.max}`,
		sv: (p) => `årskolumnen ${p.year} är inget år ${p.min}–${p.max}`,
	},
	"year-column-repeated": {
		en: (p) => `the year column ${p.year} appears twice`,
		sv: (p) => `årskolumnen ${p.year} finns två gånger`,
	},
	"not-a-change": {
		en: (_, { value }) =>
			`${quote(value)} is not a change in places (such as 2, +2 or -1) or – for none`,
		sv: (_, { value }) =>
			`${quote(value)} är ingen förändring i placeringar (till exempel 2, +2 eller -1) eller – för ingen`,
	},
	"change-disagrees": {
		en: (p, { value }) =>
			`the change ${quote(value)} does not match ${municipality(p.municipalityCode, p.municipality, "en")}'s ranks ${p.previousRank} (${p.previousYear}) and ${p.rank} (${p.year}); the ranks were imported, the change column is not stored`,
		sv: (p, { value }) =>
			`förändringen ${quote(value)} stämmer inte med placeringarna för ${municipality(p.municipalityCode, p.municipality, "sv")}: ${p.previousRank} (${p.previousYear}) och ${p.rank} (${p.year}); placeringarna importerades, förändringskolumnen sparas inte`,
	},
	"current-rank-disagrees": {
		en: (p, { value }) =>
			`the rank ${quote(value)} differs from ${municipality(p.municipalityCode, p.municipality, "en")}'s rank ${p.rank} in the ${p.year} column; the year columns were imported`,
		sv: (p, { value }) =>
			`placeringen ${quote(value)} skiljer sig från placeringen ${p.rank} i kolumnen ${p.year} för ${municipality(p.municipalityCode, p.municipality, "sv")}; årskolumnerna importerades`,
	},
	"unknown-municipality-code": {
		en: (p, { value }) =>
			p.known === MUNICIPALITY_COUNT
				? `${quote(value)} is not one of the 290 four-digit municipality codes`
				: `${quote(value)} is not one of the ${p.known} municipality codes in the database (it holds part of the list of 290)`,
		sv: (p, { value }) =>
			p.known === MUNICIPALITY_COUNT
				? `${quote(value)} är ingen av de 290 fyrsiffriga kommunkoderna`
				: `${quote(value)} är ingen av de ${p.known} kommunkoderna i databasen (den har en del av listan med 290)`,
	},
	"no-municipality-list": {
		en: () =>
			"the database holds no municipality list yet, so no municipality in the file can be matched: start Topp10 once (it loads the bundled data set), or import a municipality list first (such as fixtures/municipalities/municipalities.csv)",
		sv: () =>
			"databasen har ingen kommunlista än, så ingen kommun i filen kan kännas igen: starta Topp10 en gång (då läses den medföljande datamängden in), eller importera en kommunlista först",
	},
	"unknown-municipality-name": {
		en: (p, { value }) =>
			p.known === MUNICIPALITY_COUNT
				? `${quote(value)} matches none of the 290 municipalities`
				: `${quote(value)} matches none of the ${p.known} municipalities in the database (it holds part of the list of 290)`,
		sv: (p, { value }) =>
			p.known === MUNICIPALITY_COUNT
				? `${quote(value)} är ingen av de 290 kommunerna`
				: `${quote(value)} är ingen av de ${p.known} kommunerna i databasen (den har en del av listan med 290)`,
	},
	"ambiguous-municipality-name": {
		en: (p, { value }) =>
			`${quote(value)} could be ${list(p.candidates, "en")}: write å, ä and ö, or use the municipality code`,
		sv: (p, { value }) =>
			`${quote(value)} kan vara ${list(p.candidates, "sv")}: skriv å, ä och ö, eller använd kommunkoden`,
	},
	"no-municipality": {
		en: () => "the row names no municipality (Kommun and Kommunkod are empty)",
		sv: () => "raden saknar kommun (Kommun och Kommunkod är tomma)",
	},
	"aggregate-rows-skipped": {
		en: (p) =>
			`skipped ${quote(p.name)}, ${AGGREGATES[p.kind].en}, not a municipality (${lines(p.lines, p.rows, "en")})`,
		sv: (p) =>
			`hoppade över ${quote(p.name)}, ${AGGREGATES[p.kind].sv}, inte en kommun (${lines(p.lines, p.rows, "sv")})`,
	},
	"country-rows-stored": {
		en: (p) =>
			`${quote(p.name)} is the whole country: stored as Riket (0000), ${p.rows} row(s)`,
		sv: (p) =>
			`${quote(p.name)} är hela landet: sparat som riket (0000), ${p.rows} rad(er)`,
	},
	"bad-municipality-code": {
		en: (_, { value }) =>
			`${quote(value)} is not a four-digit municipality code such as 0114`,
		sv: (_, { value }) =>
			`${quote(value)} är ingen fyrsiffrig kommunkod som 0114`,
	},
	"unknown-kommungrupp": {
		en: (p, { value }) =>
			`${quote(value)} is none of SKR's kommungrupper ${list(p.known, "en")}`,
		sv: (p, { value }) =>
			`${quote(value)} är ingen av SKR:s kommungrupper ${list(p.known, "sv")}`,
	},
	"kommungrupp-differs": {
		en: (p, { value }) =>
			`kommungrupp ${quote(value)} differs from ${quote(p.earlier)} given for ${municipality(p.municipalityCode, p.municipality, "en")} on line ${p.firstLine}`,
		sv: (p, { value }) =>
			`kommungruppen ${quote(value)} skiljer sig från ${quote(p.earlier)} för ${municipality(p.municipalityCode, p.municipality, "sv")} på rad ${p.firstLine}`,
	},
	"municipality-repeated": {
		en: (p) =>
			`${municipality(p.municipalityCode, p.municipality, "en")} appears twice${p.year === null ? "" : ` for ${p.year}`} (first on line ${p.firstLine})`,
		sv: (p) =>
			`${municipality(p.municipalityCode, p.municipality, "sv")} finns två gånger${p.year === null ? "" : ` för ${p.year}`} (första gången på rad ${p.firstLine})`,
	},
	"series-repeated": {
		en: (p) =>
			`the series ${p.series} appears twice for ${municipality(p.municipalityCode, p.municipality, "en")} (first on line ${p.firstLine})`,
		sv: (p) =>
			`serien ${p.series} finns två gånger för ${municipality(p.municipalityCode, p.municipality, "sv")} (första gången på rad ${p.firstLine})`,
	},
	"factor-repeated": {
		en: (p) =>
			`the factor ${p.factor} appears twice for ${municipality(p.municipalityCode, p.municipality, "en")} in ${p.year} (first on line ${p.firstLine})`,
		sv: (p) =>
			`faktorn ${p.factor} finns två gånger för ${municipality(p.municipalityCode, p.municipality, "sv")} ${p.year} (första gången på rad ${p.firstLine})`,
	},
	"insikt-value-repeated": {
		en: (p) =>
			`${p.area} ${p.measure} appears twice for ${municipality(p.municipalityCode, p.municipality, "en")} in ${p.year} (first on line ${p.firstLine})`,
		sv: (p) =>
			`${p.area} ${p.measure} finns två gånger för ${municipality(p.municipalityCode, p.municipality, "sv")} ${p.year} (första gången på rad ${p.firstLine})`,
	},
	"factor-defined-twice": {
		en: (p) =>
			`the factor ${p.factor} is defined twice for ${p.year} (first on line ${p.firstLine})`,
		sv: (p) =>
			`faktorn ${p.factor} definieras två gånger för ${p.year} (första gången på rad ${p.firstLine})`,
	},
	"year-defined-twice": {
		en: (p) => `${p.year} is defined twice (first on line ${p.firstLine})`,
		sv: (p) =>
			`${p.year} definieras två gånger (första gången på rad ${p.firstLine})`,
	},
	"municipality-code-repeated": {
		en: (p, { value }) =>
			`the municipality code ${value} appears twice (first on line ${p.firstLine})`,
		sv: (p, { value }) =>
			`kommunkoden ${value} finns två gånger (första gången på rad ${p.firstLine})`,
	},
	"row-without-value": {
		en: (p) =>
			`the row has no value in ${list(p.columns, "en").replace(" and ", " or ")}`,
		sv: (p) =>
			`raden har inget värde i ${list(p.columns, "sv").replace(" och ", " eller ")}`,
	},
	"no-factor": {
		en: () => "the row names no factor (Faktor is empty)",
		sv: () => "raden saknar faktor (Faktor är tom)",
	},
	"unknown-factor": {
		en: (p, { value }) =>
			`${quote(value)} is not a factor of ${p.year} (the factors of ${p.year}: ${p.known.join(", ")})`,
		sv: (p, { value }) =>
			`${quote(value)} är ingen faktor ${p.year} (faktorerna ${p.year}: ${p.known.join(", ")})`,
	},
	"no-factor-definitions": {
		en: (p) =>
			`no factor definitions for ${p.year}: import that year's factor list (År, Faktor-id, Faktor, Typ, Vikt) first, or together with this file`,
		sv: (p) =>
			`det finns ingen faktorlista för ${p.year}: importera årets faktorlista (År, Faktor-id, Faktor, Typ, Vikt) först, eller tillsammans med den här filen`,
	},
	"bad-factor-id": {
		en: (_, { value }) =>
			`${quote(value)} is not a factor id: lower-case letters, digits and hyphens, such as "service"`,
		sv: (_, { value }) =>
			`${quote(value)} är inget faktor-id: små bokstäver, siffror och bindestreck, till exempel "service"`,
	},
	"no-factor-label": {
		en: () => "the factor has no name",
		sv: () => "faktorn saknar namn",
	},
	"bad-factor-kind": {
		en: (_, { value }) => `${quote(value)} must be enkät or statistik`,
		sv: (_, { value }) => `${quote(value)} ska vara enkät eller statistik`,
	},
	"bad-weight": {
		en: (_, { value }) =>
			`${quote(value)} is not a share of the total such as 6/18, 0,3333 or 33,3 %`,
		sv: (_, { value }) =>
			`${quote(value)} är ingen andel av totalen som 6/18, 0,3333 eller 33,3 %`,
	},
	"scale-max-not-above-min": {
		en: (p) =>
			`the scale's max ${p.scaleMax} must be above its min ${p.scaleMin}`,
		sv: (p) =>
			`skalans max ${number(p.scaleMax, "sv")} måste vara större än dess min ${number(p.scaleMin, "sv")}`,
	},
	"not-yes-or-no": {
		en: (_, { value }) => `${quote(value)} must be ja or nej`,
		sv: (_, { value }) => `${quote(value)} ska vara ja eller nej`,
	},
	"weights-do-not-add-up": {
		en: (p) =>
			`the weights of ${p.year} add up to ${p.sum.toFixed(4)} over ${p.factors} factors; they must add up to 1 (±${p.tolerance})`,
		sv: (p) =>
			`vikterna för ${p.year} blir ${number(p.sum, "sv")} över ${p.factors} faktorer; de ska bli 1 (±${number(p.tolerance, "sv")})`,
	},
	"unknown-insikt-area": {
		en: (p, { value }) =>
			`${quote(value)} is none of Insikt's areas ${p.known.join(", ")}`,
		sv: (p, { value }) =>
			`${quote(value)} är inget av Insikts områden ${p.known.join(", ")}`,
	},
	"unknown-insikt-measure": {
		en: (p, { value }) =>
			`${quote(value)} is none of Insikt's measures ${p.known.join(", ")}`,
		sv: (p, { value }) =>
			`${quote(value)} är inget av Insikts mått ${p.known.join(", ")}`,
	},
	"no-insikt-areas": {
		en: () => "the year lists no areas in NKI totalt",
		sv: () => "året anger inga områden i NKI totalt",
	},
	"incomplete-year": {
		en: (p) =>
			`${p.year}: ${TOPICS[p.topic].en} for ${p.count} of ${p.total} municipalities`,
		sv: (p) =>
			`${p.year}: ${TOPICS[p.topic].sv} för ${p.count} av ${p.total} kommuner`,
	},
	"note-row-skipped": {
		en: (p) => `skipped a note: ${quote(p.text)}`,
		sv: (p) => `hoppade över en anteckning: ${quote(p.text)}`,
	},
	"missing-values": {
		en: (p) =>
			`${p.count} cell(s) ${p.marker === "empty" ? "were empty" : `were ${quote(p.text)} (${MARKERS[p.marker].en})`}: read as missing values, nothing stored for them`,
		sv: (p) =>
			`${p.count} cell(er) ${p.marker === "empty" ? "var tomma" : `var ${quote(p.text)} (${MARKERS[p.marker].sv})`}: lästa som saknade värden, inget sparat för dem`,
	},
	"columns-not-read": {
		en: (p) =>
			`the column(s) ${quotedList(p.columns, "en")} are not part of this layout and were not read`,
		sv: (p) =>
			`kolumnen/kolumnerna ${quotedList(p.columns, "sv")} hör inte till formatet och lästes inte`,
	},
	"year-from-title": {
		en: (p) =>
			`no År column: the year ${p.year} was taken from ${SOURCES[p.from].en} ${quote(p.text)}`,
		sv: (p) =>
			`ingen kolumn År: året ${p.year} togs från ${SOURCES[p.from].sv} ${quote(p.text)}`,
	},
	"factor-from-title": {
		en: (p) =>
			`no Faktor column: the factor ${quote(p.factor)} was taken from ${SOURCES[p.from].en} ${quote(p.text)}`,
		sv: (p) =>
			`ingen kolumn Faktor: faktorn ${quote(p.factor)} togs från ${SOURCES[p.from].sv} ${quote(p.text)}`,
	},
	"area-from-title": {
		en: (p) =>
			`no area column: the area ${p.area} was taken from ${SOURCES[p.from].en} ${quote(p.text)}`,
		sv: (p) =>
			`ingen områdeskolumn: området ${p.area} togs från ${SOURCES[p.from].sv} ${quote(p.text)}`,
	},
	"insikt-rank-read": {
		en: (p, { header }) =>
			`${quote(header)} was read as SKR Insikt's own rank of ${p.area} (stored as the measure placering), not as a Svenskt Näringsliv rank`,
		sv: (p, { header }) =>
			`${quote(header)} lästes som SKR Insikts egen placering för ${p.area} (sparad som måttet placering), inte som Svenskt Näringslivs placering`,
	},
	"sheet-not-read": {
		en: (p) =>
			`the sheet ${quote(p.sheet)} was not read (one sheet per import; this file's table is on ${quote(p.readSheet)})`,
		sv: (p) =>
			`bladet ${quote(p.sheet)} lästes inte (ett blad per import; filens tabell finns på ${quote(p.readSheet)})`,
	},
	"source-differs": {
		en: (p) =>
			`the file was named ${sourceName(p.asked, "en")}, but its columns make it ${sourceName(p.read, "en")}; imported as such`,
		cli: (p) =>
			`the format ${p.asked} was asked for, but the columns make this ${p.read}; imported as ${p.read}`,
		sv: (p) =>
			`filen angavs som ${sourceName(p.asked, "sv")}, men kolumnerna gör den till ${sourceName(p.read, "sv")}; importerad som det`,
	},
	"no-header": {
		en: (p) =>
			`no header row among the first 30 rows fits a known layout; expected one of: ${p.formats.map((f) => formatName(f, "en")).join("; ")} (or name the format when uploading)`,
		cli: (p) =>
			`no header row among the first 30 rows fits a known layout; expected one of: ${p.formats.map((f) => formatName(f, "cli")).join(", ")} (or name the format: --source)`,
		sv: (p) =>
			`ingen av de första 30 raderna är en rubrikrad i ett känt format; väntade ett av: ${p.formats.map((f) => formatName(f, "sv")).join("; ")} (eller ange formatet vid uppladdningen)`,
	},
	"no-header-for-format": {
		en: (p) =>
			`no header row of ${formatName(p.format, "en")} (${p.expected}) was found`,
		cli: (p) =>
			`no header row of ${formatName(p.format, "cli")} (${p.expected}) was found`,
		sv: (p) =>
			`ingen rubrikrad för ${formatName(p.format, "sv")} (${p.expected}) hittades`,
	},
	"format-ambiguous": {
		en: (p) =>
			`the header fits more than one layout (${list(
				p.formats.map((f) => formatName(f, "en")),
				"en",
			)}); name the format when uploading`,
		cli: (p) =>
			`the header fits more than one layout (${list(
				p.formats.map((f) => formatName(f, "cli")),
				"en",
			)}); name the format: --source`,
		sv: (p) =>
			`rubrikraden passar mer än ett format (${list(
				p.formats.map((f) => formatName(f, "sv")),
				"sv",
			)}); ange formatet vid uppladdningen`,
	},
	"format-foreign-columns": {
		en: (p) =>
			`the header has the columns of ${formatName(p.format, "en")}, but also ${quotedList(p.columns, "en")}, which that layout does not read; so the file is not one (if it is, remove those columns)`,
		cli: (p) =>
			`the header has the columns of ${formatName(p.format, "cli")}, but also ${quotedList(p.columns, "en")}, which ${formatName(p.format, "cli")} does not read; so this is not ${formatName(p.format, "cli")} (if it is, remove those columns; --source names the format)`,
		sv: (p) =>
			`rubrikraden har kolumnerna för ${formatName(p.format, "sv")}, men också ${quotedList(p.columns, "sv")}, som det formatet inte läser; filen är alltså inte en sådan (om den är det: ta bort de kolumnerna)`,
	},
	"format-unknown-columns": {
		en: (p) =>
			`the header has the columns of ${formatName(p.format, "en")}, but also ${quotedList(p.columns, "en")}, which no layout knows; remove those columns, or name the format when uploading to read past them`,
		cli: (p) =>
			`the header has the columns of ${formatName(p.format, "cli")}, but also ${quotedList(p.columns, "en")}, which no layout knows; remove those columns, or name the format (--source) to read past them`,
		sv: (p) =>
			`rubrikraden har kolumnerna för ${formatName(p.format, "sv")}, men också ${quotedList(p.columns, "sv")}, som inget format känner till; ta bort de kolumnerna, eller ange formatet vid uppladdningen för att läsa förbi dem`,
	},
	"statistics-not-ranks": {
		en: (p) =>
			`${SOURCES[p.from].en} ${quote(p.text)} names the statistic ${quote(p.factor)}: this is not Svenskt Näringsliv's total ranking but statistics (or the ranking of that one factor), so its values are not stored as ranks. Import statistics as SN statistics, with a Faktor column (as in Statistik.xlsx) or Delserie columns`,
		sv: (p) =>
			`${SOURCES[p.from].sv} ${quote(p.text)} anger statistiken ${quote(p.factor)}: det här är inte Svenskt Näringslivs totala ranking utan statistik (eller rankingen för just den faktorn), så värdena sparas inte som placeringar. Importera statistik som SN-statistik, med en kolumn Faktor (som i Statistik.xlsx) eller Delserie-kolumner`,
	},
	"values-not-ranks": {
		en: (p) =>
			`${p.nonRanks} of the ${p.values} values (such as ${quote(p.example)}) are not whole numbers from 1 to 290, so this is not a ranking but statistics; import SN's statistics as Statistik.xlsx (with Faktor and Delserie columns) or a per-factor download (with Delserie columns)`,
		sv: (p) =>
			`${p.nonRanks} av de ${p.values} värdena (till exempel ${quote(p.example)}) är inga heltal 1–290, så filen är ingen ranking utan statistik; importera SN:s statistik som Statistik.xlsx (med kolumnerna Faktor och Delserie) eller som en nedladdning per faktor (med Delserie-kolumner)`,
	},
	"statistics-factor-unknown": {
		en: () =>
			"this is a per-factor statistics download (Kommun, Delserie and year columns, no Faktor column), but neither its title rows nor its file name name the factor: name the file after the factor (e.g. Arbetsställen_2002-2023.xlsx) or import SN's Statistik.xlsx, which has a Faktor column",
		sv: () =>
			"det här är en statistikfil per faktor (Kommun, Delserie och årskolumner, ingen kolumn Faktor), men varken rubrikraderna eller filnamnet anger faktorn: döp filen efter faktorn (till exempel Arbetsställen_2002-2023.xlsx) eller importera SN:s Statistik.xlsx, som har en kolumn Faktor",
	},
	"insikt-area-not-named": {
		en: () =>
			"the table has Insikt measures (NKI, Bemötande, …) but does not say which area they are for: name the area (e.g. Bygglov) in a title row, the sheet name or the file name",
		sv: () =>
			"tabellen har Insikt-mått (NKI, Bemötande, …) men anger inte vilket område de gäller: skriv området (till exempel Bygglov) i en rubrikrad, bladets namn eller filnamnet",
	},
	"year-not-found": {
		en: (p) =>
			`${formatName(p.format, "en")} needs a year: the table has no År column, and neither the title rows nor the file name hold one year (such as "Företagsklimat 2023")`,
		cli: (p) =>
			`${formatName(p.format, "cli")} needs a year: the table has no År column, and neither the title rows nor the file name hold one year (such as "Företagsklimat 2023")`,
		sv: (p) =>
			`${formatName(p.format, "sv")} behöver ett år: tabellen saknar kolumnen År, och varken rubrikraderna eller filnamnet anger ett år (som "Företagsklimat 2023")`,
	},
	"workbook-unreadable": {
		en: (p) => `not a readable .xlsx workbook (${p.detail})`,
		sv: () => "filen är ingen läsbar Excel-arbetsbok (.xlsx)",
	},
	"workbook-too-large": {
		en: (p) =>
			`the workbook is refused before it is read: ${p.detail}. Split it, or save the sheet as CSV`,
		sv: () =>
			`arbetsboken är för stor för att läsas: uppackad skulle den ta mer än ${megabytes(MAX_TOTAL_BYTES)} MB (${megabytes(MAX_ENTRY_BYTES)} MB för en enskild del), eller så har den fler än ${MAX_WORKBOOK_CELLS.toLocaleString("sv-SE")} celler. Dela upp den, eller spara bladet som CSV`,
	},
	"workbook-not-read": {
		en: () =>
			"this is an Excel workbook (.xlsx), which cannot be read here: save it as CSV and upload it again",
		cli: () =>
			"this is an .xlsx workbook, which this import path reads only asynchronously: import it with npm run import, or save it as CSV",
		sv: () =>
			"filen är en Excel-arbetsbok (.xlsx), som inte kan läsas här: spara den som CSV och ladda upp den igen",
	},
	"no-sheet-with-header": {
		en: (p) =>
			`no sheet has a header of a known layout (${p.sheets.length === 0 ? "the workbook is empty" : quotedList(p.sheets, "en")}); expected one of: ${p.formats.map((f) => formatName(f, "en")).join("; ")}`,
		cli: (p) =>
			`no sheet has a header of a known layout (${p.sheets.length === 0 ? "the workbook is empty" : quotedList(p.sheets, "en")}); expected one of: ${p.formats.map((f) => formatName(f, "cli")).join(", ")}`,
		sv: (p) =>
			`inget blad har en rubrikrad i ett känt format (${p.sheets.length === 0 ? "arbetsboken är tom" : quotedList(p.sheets, "sv")}); väntade ett av: ${p.formats.map((f) => formatName(f, "sv")).join("; ")}`,
	},
	"json-not-table": {
		en: (p) =>
			`${sourceName(p.source, "en")} is a table; this is a JSON file (a Kolada answer)`,
		cli: (p) =>
			`the format ${p.source} reads tables; this is a JSON file (a Kolada answer)`,
		sv: (p) =>
			`${sourceName(p.source, "sv")} är en tabell; det här är en JSON-fil (ett svar från Kolada)`,
	},
	"table-not-json": {
		en: () => "a Kolada answer is a JSON file; this is a table",
		cli: (p) =>
			`the format ${p.source} reads Kolada's JSON answers; this is a table`,
		sv: () => "ett svar från Kolada är en JSON-fil; det här är en tabell",
	},
	"json-syntax": {
		en: (p) => `not valid JSON: ${p.detail}`,
		sv: () => "filen är inte giltig JSON",
	},
	"not-a-kolada-answer": {
		en: () =>
			'not a Kolada v3 answer: expected an object with a "values" array',
		sv: () =>
			'inget svar från Kolada v3: väntade ett objekt med listan "values"',
	},
	"kolada-kpi-list-only": {
		en: (p) =>
			`this is Kolada's KPI list (${p.kpis} KPIs), without values: import it together with a data answer`,
		sv: (p) =>
			`det här är Koladas lista över nyckeltal (${p.kpis} st), utan värden: importera den tillsammans med ett svar med data`,
	},
	"kolada-bad-entry": {
		en: () =>
			'not a Kolada data value: expected {"kpi", "municipality", "period", "values": [...]}',
		sv: () =>
			'inget Kolada-värde: väntade {"kpi", "municipality", "period", "values": [...]}',
	},
	"kolada-kpi-not-insikt": {
		en: (p) =>
			`the KPI ${p.kpi}${p.title === "" ? "" : ` (${quote(p.title)})`} is not an SKR Insikt figure: its ${p.values} value(s) were skipped`,
		sv: (p) =>
			`nyckeltalet ${p.kpi}${p.title === "" ? "" : ` (${quote(p.title)})`} är inget SKR Insikt-mått: dess ${p.values} värde(n) hoppades över`,
	},
	"kolada-kpi-title-changed": {
		en: (p) =>
			`the KPI ${p.kpi} is now titled ${quote(p.title)}, not ${quote(p.expected)}: read by its title`,
		sv: (p) =>
			`nyckeltalet ${p.kpi} heter nu ${quote(p.title)}, inte ${quote(p.expected)}: läst efter sin titel`,
	},
	"kolada-titles-not-checked": {
		en: (p) =>
			`the KPIs ${list(p.kpis, "en")} were read by Topp10's list of today's Insikt KPIs; their titles were not checked against Kolada's catalogue`,
		cli: (p) =>
			`the KPIs ${list(p.kpis, "en")} were read by Topp10's list of today's Insikt KPIs; their titles were not checked against Kolada's catalogue (give the saved /v3/kpi?title=Företagsklimat Insikt answer in the same command to check them)`,
		sv: (p) =>
			`nyckeltalen ${list(p.kpis, "sv")} lästes efter Topp10:s lista över dagens Insikt-nyckeltal; titlarna kontrollerades inte mot Koladas katalog`,
	},
	"kolada-null-values": {
		en: (p) =>
			`${p.count} value(s) were null in Kolada (no published figure) and were skipped`,
		sv: (p) =>
			`${p.count} värde(n) saknades i Kolada (inget publicerat värde) och hoppades över`,
	},
	"kolada-no-total-gender": {
		en: (p) => `${p.count} value(s) had no total (gender T) and were skipped`,
		sv: (p) => `${p.count} värde(n) saknade totalen (kön T) och hoppades över`,
	},
	"kolada-deleted-values": {
		en: (p) => `${p.count} value(s) marked isdeleted were skipped`,
		sv: (p) => `${p.count} värde(n) markerade som borttagna hoppades över`,
	},
	"kolada-answer-continues": {
		en: (p) =>
			`the answer continues on another page (next_url ${p.nextUrl}) that was not given: this import holds ${p.values} value(s)${p.count === null ? "" : ` of ${p.count}`}, written over what is stored without removing anything; fetch and give every page`,
		sv: (p) =>
			`svaret fortsätter på en sida som inte följde med: importen innehåller ${p.values} värde(n)${p.count === null ? "" : ` av ${p.count}`} och skrivs över det som finns utan att ta bort något; hämta och ladda upp alla sidor`,
	},
	"kolada-answer-begins-earlier": {
		en: (p) =>
			`the answer begins on an earlier page (previous_url ${p.previousUrl}) that was not given: this import holds ${p.values} value(s)${p.count === null ? "" : ` of ${p.count}`}, written over what is stored without removing anything; fetch and give every page`,
		sv: (p) =>
			`svaret börjar på en tidigare sida som inte följde med: importen innehåller ${p.values} värde(n)${p.count === null ? "" : ` av ${p.count}`} och skrivs över det som finns utan att ta bort något; hämta och ladda upp alla sidor`,
	},
	"kolada-other-definition": {
		en: (p) =>
			`NKI totalt by the ${p.definition === "old" ? "old" : "new"} definition (${p.kpi}) for ${p.years.join(", ")} is not the definition of that year: stored apart as the measure ${p.measure}`,
		sv: (p) =>
			`NKI totalt enligt ${p.definition === "old" ? "den gamla" : "den nya"} definitionen (${p.kpi}) för ${p.years.join(", ")} är inte årets definition: sparad för sig som måttet ${p.measure}`,
	},
};

/** The reason of an issue, without its place: `"tolv" är inget heltal 1–290`. */
export function issueReason(
	issue: IssueDetail & Pick<IssuePlace, "value" | "header">,
	voice: Voice,
): string {
	const sentences = SENTENCES[issue.code] as {
		en: Sentence<typeof issue.code>;
		sv: Sentence<typeof issue.code>;
		cli?: Sentence<typeof issue.code>;
	};
	const sentence =
		voice === "cli" ? (sentences.cli ?? sentences.en) : sentences[voice];
	return sentence(issue.params, {
		value: issue.value ?? "",
		header: issue.header ?? "",
	});
}

/** Where an issue is, for people: "Rad 2, kolumn Placering" / "Row 2, column Placering". */
export function issuePlaceText(issue: IssuePlace, lang: IssueLanguage): string {
	const sv = lang === "sv";
	const parts: string[] = [];
	if (issue.sheet) parts.push(`${sv ? "Blad" : "Sheet"} ${issue.sheet}`);
	if (issue.line !== undefined)
		parts.push(
			`${parts.length > 0 ? (sv ? "rad" : "row") : sv ? "Rad" : "Row"} ${issue.line}`,
		);
	if (issue.header)
		parts.push(
			`${parts.length > 0 ? (sv ? "kolumn" : "column") : sv ? "Kolumn" : "Column"} ${issue.header}`,
		);
	return parts.join(", ");
}

/**
 * An issue for people: `Rad 2, kolumn Placering: "tolv" är inget heltal 1–290`. An issue without
 * a code (from a reader that gives none) keeps its English message.
 */
export function describeIssue(issue: ImportIssue, lang: IssueLanguage): string {
	const place = issuePlaceText(issue, lang);
	const reason =
		issue.code === undefined ? issue.message : issueReason(issue, lang);
	return place === "" ? capitalise(reason) : `${place}: ${reason}`;
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
