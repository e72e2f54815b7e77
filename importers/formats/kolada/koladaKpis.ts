import {
	findInsiktArea,
	findInsiktMeasure,
	type InsiktArea,
	type InsiktMeasure,
	overallMeasureOf,
} from "../../../domain/insikt.ts";

/** A KPI as Kolada's /v3/kpi describes it (other fields are ignored). */
export interface KoladaKpi {
	id: string;
	title: string;
}

export interface KpiMeaning {
	area: InsiktArea;
	measure: InsiktMeasure;
}

export interface KoladaKpiMap {
	meaningOf(id: string): KpiMeaning | undefined;
	/** Why an id has no meaning, for the error message. */
	explainUnknown(id: string): string;
	/** Ids whose title was checked or that are confirmed; for the summary. */
	known(): string[];
	warnings: string[];
}

interface BuiltInKpi extends KpiMeaning {
	title: string;
}

/** Confirmed by its title on Kolada (domain.md §3): trusted even without a KPI list. */
const CONFIRMED_KPIS: Record<string, BuiltInKpi> = {
	U07455: {
		area: "livsmedel",
		measure: "nki",
		title: "Företagsklimat Insikt - Livsmedelskontroll - Index",
	},
};

/** Probable but unconfirmed ids: used only when a KPI list's title says the same. */
const PROBABLE_KPIS: Record<string, BuiltInKpi> = {
	U07451: {
		area: "totalt",
		measure: "nki",
		title: "Företagsklimat Insikt - Totalt, Index",
	},
};

/**
 * The Insikt area and measure a KPI title names, e.g. "Företagsklimat Insikt - Livsmedelskontroll
 * - Index" → livsmedel/nki, or null when the title is not an Insikt index (answer counts, rates…).
 */
export function readKpiTitle(title: string): KpiMeaning | null {
	const folded = title.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
	const match = /^\s*foretagsklimat\s+insikt\b(.*)$/i.exec(folded);
	if (!match) return null;
	const parts = (match[1] ?? "")
		.split(/\s[-\u2013]\s|,/)
		.map((part) => part.trim())
		.filter((part) => part !== "");
	let area: InsiktArea | undefined;
	let measure: InsiktMeasure | undefined;
	for (const part of parts) {
		const asArea = area === undefined ? findInsiktArea(part) : undefined;
		const asMeasure = findInsiktMeasure(part);
		if (asArea) area = asArea;
		else if (asMeasure && (measure === undefined || measure === "nki"))
			measure = asMeasure;
		else if (!asMeasure) return null;
	}
	if (!area || !measure) return null;
	return {
		area,
		measure: measure === "nki" ? overallMeasureOf(area) : measure,
	};
}

function describe(meaning: KpiMeaning): string {
	return `${meaning.area}/${meaning.measure}`;
}

/**
 * KPI ids → Insikt meanings. With a saved /v3/kpi list every title is read, and a title that
 * contradicts the built-in table wins (Kolada may change KPIs without notice). Without one, only
 * confirmed ids are trusted.
 */
export function createKpiMap(listed: KoladaKpi[] | null): KoladaKpiMap {
	const meanings = new Map<string, KpiMeaning>();
	const warnings: string[] = [];
	for (const [id, kpi] of Object.entries(CONFIRMED_KPIS))
		meanings.set(id, { area: kpi.area, measure: kpi.measure });
	for (const kpi of listed ?? []) {
		const meaning = readKpiTitle(kpi.title);
		const builtIn = CONFIRMED_KPIS[kpi.id] ?? PROBABLE_KPIS[kpi.id];
		if (builtIn && (!meaning || describe(meaning) !== describe(builtIn)))
			warnings.push(
				`KPI ${kpi.id} is now titled "${kpi.title}", not "${builtIn.title}": ${meaning ? `read as ${describe(meaning)}` : "not read as an Insikt index"}`,
			);
		if (meaning) meanings.set(kpi.id, meaning);
		else meanings.delete(kpi.id);
	}
	const listedIds = new Set((listed ?? []).map((kpi) => kpi.id));
	return {
		meaningOf: (id) => meanings.get(id),
		explainUnknown: (id) => {
			const probable = PROBABLE_KPIS[id];
			if (probable && listedIds.size === 0)
				return `KPI ${id} is probably "${probable.title}", but only its title can confirm that: import the saved /v3/kpi?title=Företagsklimat Insikt response together with this file`;
			if (listedIds.has(id))
				return `KPI ${id}'s title does not name an Insikt area and index`;
			return `KPI ${id} is not a known Insikt index${listedIds.size === 0 ? ": import the saved /v3/kpi?title=Företagsklimat Insikt response together with this file" : " (it is not in the KPI list)"}`;
		},
		known: () => [...meanings.keys()].sort(),
		warnings,
	};
}
