import { foldText } from "./foldText.ts";
/** Insikt's areas (myndighetsområden) and the Swedish labels files use for them. */
export const INSIKT_AREAS = {
	totalt: ["Totalt", "NKI totalt", "Total", "Samtliga områden"],
	brandskydd: ["Brandskydd", "Brandtillsyn"],
	bygglov: ["Bygglov"],
	markupplatelse: ["Markupplåtelse"],
	"miljo-halsoskydd": [
		"Miljö- och hälsoskydd",
		"Miljö och hälsoskydd",
		"Miljö- och hälsoskyddstillsyn",
	],
	livsmedel: ["Livsmedel", "Livsmedelskontroll", "Livsmedelstillsyn"],
	servering: ["Servering", "Serveringstillstånd"],
	upphandling: ["Upphandling", "Offentlig upphandling"],
	"receptfria-lakemedel": ["Receptfria läkemedel"],
	lantmateri: ["Lantmäteri", "Lantmäteriet"],
	"folkol-tobak": ["Folköl och tobak", "Tobak och folköl"],
} as const;
export type InsiktArea = keyof typeof INSIKT_AREAS;

/**
 * NKI (and NUI for upphandling), then the six service factors; all indices 0–100. Then what
 * Insikt tables and Kolada carry besides: SKR's own rank (placering, 1 = best; Topp10 computes its
 * own ranks from NKI), the response rate (svarsfrekvens, %), and NKI totalt by the definition that
 * is not the year's own (Kolada has both for 2024; insikt_definition says which one a year uses).
 */
export const INSIKT_MEASURES = {
	nki: ["NKI", "Nöjd kund-index", "Index", "NKI index"],
	nui: ["NUI", "Nöjd upphandlar-index"],
	information: ["Information"],
	tillganglighet: ["Tillgänglighet"],
	bemotande: ["Bemötande"],
	kompetens: ["Kompetens"],
	rattssakerhet: ["Rättssäkerhet"],
	effektivitet: ["Effektivitet"],
	placering: ["Placering", "Rank", "Rankning"],
	svarsfrekvens: ["Svarsfrekvens", "Svarsandel"],
	"nki-gammal-definition": ["NKI, gammal definition"],
	"nki-ny-definition": ["NKI, ny definition"],
	"svarsfrekvens-gammal-definition": ["Svarsfrekvens, gammal definition"],
	"svarsfrekvens-ny-definition": ["Svarsfrekvens, ny definition"],
} as const;
export type InsiktMeasure = keyof typeof INSIKT_MEASURES;

/** Letters and digits only, no accents, no "och": "Miljö- och hälsoskydd" ≈ "miljo-halsoskydd". */
export function labelKey(text: string): string {
	return foldText(text)
		.replace(/\boch\b/g, " ")
		.replace(/[^a-z0-9]+/g, "");
}

function keyTable<K extends string>(
	table: Record<K, readonly string[]>,
): Map<string, K> {
	const keys = new Map<string, K>();
	for (const id of Object.keys(table) as K[]) {
		keys.set(labelKey(id), id);
		for (const label of table[id]) keys.set(labelKey(label), id);
	}
	return keys;
}

const AREA_KEYS = keyTable(INSIKT_AREAS);
const MEASURE_KEYS = keyTable(INSIKT_MEASURES);

/** The area id of an id or Swedish label, or undefined. */
export function findInsiktArea(text: string): InsiktArea | undefined {
	return AREA_KEYS.get(labelKey(text));
}

/** The measure id of an id or label ("Bemötande", "NKI", "Bemötande, index"), or undefined. */
export function findInsiktMeasure(text: string): InsiktMeasure | undefined {
	const key = labelKey(text);
	return MEASURE_KEYS.get(key) ?? MEASURE_KEYS.get(key.replace(/index$/, ""));
}

/** The range of a measure's values: SKR's rank 1–290 (whole), every other measure 0–100. */
export function measureRange(measure: string): {
	min: number;
	max: number;
	isWhole: boolean;
} {
	return measure === "placering"
		? { min: 1, max: 290, isWhole: true }
		: { min: 0, max: 100, isWhole: false };
}

/**
 * The first year whose NKI totalt is the new definition (four areas; domain.md §2). Kolada
 * carries both series for that year: the one that is not the year's own is stored apart.
 */
export const NKI_NEW_DEFINITION_FIRST_YEAR = 2024;

/** Upphandling is measured as NUI; every other area as NKI. */
export function overallMeasureOf(area: InsiktArea): InsiktMeasure {
	return area === "upphandling" ? "nui" : "nki";
}

/** The six service factors (serviceområden), each a 0–100 index. */
export const SERVICE_FACTOR_IDS = [
	"information",
	"tillganglighet",
	"bemotande",
	"kompetens",
	"rattssakerhet",
	"effektivitet",
] as const satisfies readonly InsiktMeasure[];
export type ServiceFactorId = (typeof SERVICE_FACTOR_IDS)[number];

export function isServiceFactor(measure: string): measure is ServiceFactorId {
	return (SERVICE_FACTOR_IDS as readonly string[]).includes(measure);
}

/** The area whose NKI is "NKI totalt". */
export const TOTAL_INSIKT_AREA = "totalt" satisfies InsiktArea;

/**
 * SKR's grade bands on the rounded NKI, best first, each with its lowest NKI. The fifth band
 * (< 50, mycket lågt) is how municipalities' own Insikt reports print it.
 */
export const GRADE_BANDS = [
	{ id: "mycket-hogt", minimum: 80 },
	{ id: "hogt", minimum: 70 },
	{ id: "godkant", minimum: 62 },
	{ id: "lagt", minimum: 50 },
	{ id: "mycket-lagt", minimum: Number.NEGATIVE_INFINITY },
] as const;
export type GradeBandId = (typeof GRADE_BANDS)[number]["id"];
export const GRADE_BAND_IDS = GRADE_BANDS.map((band) => band.id);
