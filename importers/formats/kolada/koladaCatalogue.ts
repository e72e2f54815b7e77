import {
	type IssueDetail,
	issueOf,
	type NkiDefinition,
} from "../../../domain/importIssues.ts";
import {
	findInsiktArea,
	findInsiktMeasure,
	type InsiktArea,
	NKI_NEW_DEFINITION_FIRST_YEAR,
	overallMeasureOf,
	TOTAL_INSIKT_AREA,
} from "../../../domain/insikt.ts";

/** A KPI as Kolada's /v3/kpi describes it (other fields are ignored). */
export interface KoladaKpi {
	id: string;
	title: string;
}

/** The title every Insikt KPI starts with; the live fetcher asks the catalogue for it. */
export const INSIKT_TITLE = "Företagsklimat Insikt";

/** What an Insikt KPI's values are: an index, a response rate, or the number of answers of one. */
export interface KpiMeaning {
	area: InsiktArea;
	/** The measure its values are stored as (nki, nui, a service factor, svarsfrekvens). */
	measure: string;
	/** responses: the values are the number of answers of (area, measure). */
	holds: "value" | "responses";
	/** NKI totalt, its answers and response rate come in two definitions across the 2024 break. */
	definition?: NkiDefinition;
}

/**
 * Today's Insikt KPIs in Kolada's v3 catalogue (domain.md §3), with their titles. Kolada says KPIs
 * can change or disappear without notice: a catalogue answer's titles are checked against these,
 * and a title that says something else wins (with a warning).
 */
export const INSIKT_KPIS: readonly KoladaKpi[] = [
	{ id: "U07446", title: "Företagsklimat Insikt - Brandskydd - Index" },
	{ id: "U07447", title: "Företagsklimat Insikt - Bygglov - Index" },
	{ id: "U07448", title: "Företagsklimat Insikt - Markupplåtelse - Index" },
	{
		id: "U07449",
		title: "Företagsklimat Insikt - Miljö- och hälsoskydd - Index",
	},
	{
		id: "U07450",
		title: "Företagsklimat Insikt - Serveringstillstånd - Index",
	},
	{
		id: "U07451",
		title: "Företagsklimat Insikt - Totalt, Index, gammal definition (-2024)",
	},
	{
		id: "U07453",
		title: "Företagsklimat Insikt - Totalt, Index, ny definition",
	},
	{ id: "U07455", title: "Företagsklimat Insikt - Livsmedelskontroll - Index" },
	{ id: "U07459", title: "Företagsklimat Insikt - Upphandling - Index" },
	{ id: "U07508", title: "Företagsklimat Insikt - Tillgänglighet - Index" },
	{ id: "U07509", title: "Företagsklimat Insikt - Information - Index" },
	{ id: "U07510", title: "Företagsklimat Insikt - Bemötande - Index" },
	{ id: "U07511", title: "Företagsklimat Insikt - Kompetens - Index" },
	{ id: "U07512", title: "Företagsklimat Insikt - Rättssäkerhet - Index" },
	{ id: "U07513", title: "Företagsklimat Insikt - Effektivitet - Index" },
	{
		id: "U07551",
		title:
			"Företagsklimat Insikt - Totalt, Antal svar, gammal definition (-2024)",
	},
	{
		id: "U07552",
		title:
			"Företagsklimat Insikt - Totalt, Svarsfrekvens, gammal definition (-2024)",
	},
	{
		id: "U07553",
		title: "Företagsklimat Insikt - Totalt, Svarsfrekvens, ny definition",
	},
	{
		id: "U07554",
		title: "Företagsklimat Insikt - Totalt, Antal svar, ny definition",
	},
];

function fold(text: string): string {
	return text
		.normalize("NFD")
		.replace(/[\u0300-\u036f]/g, "")
		.toLowerCase()
		.replace(/\s+/g, " ")
		.trim();
}

const DEFINITION_PARTS: readonly {
	pattern: RegExp;
	definition: NkiDefinition;
}[] = [
	{ pattern: /^gammal definition\b/, definition: "old" },
	{ pattern: /^ny definition\b/, definition: "new" },
];

/**
 * What a KPI title says, e.g. "Företagsklimat Insikt - Livsmedelskontroll - Index" → livsmedel
 * nki, "… - Totalt, Index, ny definition" → totalt nki (new definition), "… - Totalt, Antal svar,
 * gammal definition (-2024)" → the answers of totalt nki (old); null when the title is not an
 * Insikt figure this importer can store.
 */
export function readKpiTitle(title: string): KpiMeaning | null {
	const match = /^\s*foretagsklimat\s+insikt\b(.*)$/i.exec(fold(title));
	if (!match) return null;
	const parts = (match[1] ?? "")
		.split(/\s[-\u2013]\s|,/)
		.map((part) => part.replace(/\((?:nki|nui|%)\)/g, "").trim())
		.filter((part) => part !== "");
	let area: InsiktArea | undefined;
	let measure: string | undefined;
	let holds: KpiMeaning["holds"] = "value";
	let definition: NkiDefinition | undefined;
	for (const part of parts) {
		const asDefinition = DEFINITION_PARTS.find((d) => d.pattern.test(part));
		if (asDefinition) {
			definition = asDefinition.definition;
			continue;
		}
		if (/^antal svar(ande)?$/.test(part)) {
			holds = "responses";
			continue;
		}
		if (/^svarsfrekvens\b/.test(part)) {
			measure = "svarsfrekvens";
			continue;
		}
		const asArea = area === undefined ? findInsiktArea(part) : undefined;
		if (asArea) {
			area = asArea;
			continue;
		}
		const asMeasure = findInsiktMeasure(part);
		if (asMeasure && (asMeasure === "nki" || asMeasure === "nui")) {
			measure ??= "nki";
			continue;
		}
		if (asMeasure && measure === undefined) {
			measure = asMeasure;
			continue;
		}
		return null;
	}
	const resolvedArea = area ?? TOTAL_INSIKT_AREA;
	const resolvedMeasure =
		measure === undefined || measure === "nki"
			? overallMeasureOf(resolvedArea)
			: measure;
	if (measure === undefined && holds === "value" && area === undefined)
		return null;
	return {
		area: resolvedArea,
		measure: resolvedMeasure,
		holds,
		...(definition ? { definition } : {}),
	};
}

/**
 * The measure a value of the KPI is stored as in a year: NKI totalt (and its response rate) of the
 * definition the year uses is nki; the other definition's values are stored apart
 * (nki-gammal-definition for 2024's old-definition figure).
 */
export function measureForYear(meaning: KpiMeaning, year: number): string {
	const { definition, measure } = meaning;
	if (!definition) return measure;
	const yearDefinition: NkiDefinition =
		year >= NKI_NEW_DEFINITION_FIRST_YEAR ? "new" : "old";
	if (definition === yearDefinition) return measure;
	return `${measure}-${definition === "old" ? "gammal" : "ny"}-definition`;
}

export interface KoladaCatalogue {
	/** What an id's values are, or undefined when it is not an Insikt KPI. */
	meaningOf(id: string): KpiMeaning | undefined;
	/** The id's title, as the catalogue answer (or the built-in list) has it; "" when unknown. */
	titleOf(id: string): string;
	/** Whether the titles were checked against a catalogue answer. */
	isChecked: boolean;
	/** Warnings about titles that no longer say what the built-in list says. */
	warnings: IssueDetail[];
}

const BUILT_IN = new Map(INSIKT_KPIS.map((kpi) => [kpi.id, kpi]));

function sameMeaning(a: KpiMeaning | null, b: KpiMeaning | null): boolean {
	return (
		a !== null &&
		b !== null &&
		a.area === b.area &&
		a.measure === b.measure &&
		a.holds === b.holds &&
		a.definition === b.definition
	);
}

/**
 * The catalogue to read data with: the built-in list, or, with a catalogue answer (saved, or
 * fetched by the live import), every KPI whose title names an Insikt figure, titles checked.
 */
export function createKoladaCatalogue(
	listed: readonly KoladaKpi[] | null,
): KoladaCatalogue {
	const meanings = new Map<string, KpiMeaning>();
	const titles = new Map<string, string>();
	const warnings: IssueDetail[] = [];
	if (listed === null || listed.length === 0) {
		for (const kpi of INSIKT_KPIS) {
			const meaning = readKpiTitle(kpi.title);
			if (meaning) meanings.set(kpi.id, meaning);
			titles.set(kpi.id, kpi.title);
		}
		return {
			meaningOf: (id) => meanings.get(id),
			titleOf: (id) => titles.get(id) ?? "",
			isChecked: false,
			warnings,
		};
	}
	for (const kpi of listed) {
		titles.set(kpi.id, kpi.title);
		const meaning = readKpiTitle(kpi.title);
		const builtIn = BUILT_IN.get(kpi.id);
		const expected = builtIn ? readKpiTitle(builtIn.title) : null;
		if (builtIn && !sameMeaning(meaning, expected))
			warnings.push(
				issueOf("kolada-kpi-title-changed", {
					kpi: kpi.id,
					title: kpi.title,
					expected: builtIn.title,
				}),
			);
		if (meaning) meanings.set(kpi.id, meaning);
	}
	return {
		meaningOf: (id) => meanings.get(id),
		titleOf: (id) => titles.get(id) ?? BUILT_IN.get(id)?.title ?? "",
		isChecked: true,
		warnings,
	};
}
