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

/** NKI (and NUI for upphandling), then the six service factors; all indices 0–100. */
export const INSIKT_MEASURES = {
	nki: ["NKI", "Nöjd kund-index", "Index", "NKI index"],
	nui: ["NUI", "Nöjd upphandlar-index"],
	information: ["Information"],
	tillganglighet: ["Tillgänglighet"],
	bemotande: ["Bemötande"],
	kompetens: ["Kompetens"],
	rattssakerhet: ["Rättssäkerhet"],
	effektivitet: ["Effektivitet"],
} as const;
export type InsiktMeasure = keyof typeof INSIKT_MEASURES;

/** Letters and digits only, no accents, no "och": "Miljö- och hälsoskydd" ≈ "miljo-halsoskydd". */
export function labelKey(text: string): string {
	return text
		.normalize("NFD")
		.replace(/[\u0300-\u036f]/g, "")
		.toLowerCase()
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

/** Upphandling is measured as NUI; every other area as NKI. */
export function overallMeasureOf(area: InsiktArea): InsiktMeasure {
	return area === "upphandling" ? "nui" : "nki";
}
