import type { MODEL_ID } from "../../analysis/model.ts";
import {
	GRADE_BANDS,
	type GradeBandId,
	type InsiktArea,
	type ServiceFactorId,
} from "../../domain/insikt.ts";
import type {
	PeerGroupKind,
	PeerGroupSource,
} from "../../domain/peerGroups.ts";
import type { Provenance } from "../../domain/provenance.ts";
import { FORMAT, type Lang } from "./format.ts";
import { defineMessages } from "./messages.ts";

type ModelId = typeof MODEL_ID;

/**
 * The shared vocabulary's words: the ids in domain/ (provenances, Insikt areas, grade bands,
 * service factors, peer groups) and the API's model id, in Swedish and English.
 */
export const TERMS = defineMessages({
	sv: {
		provenance: {
			published: "publicerad",
			imported: "importerad",
			synthetic: "syntetisk exempeldata",
		} satisfies Record<Provenance, string>,
		gradeBand: {
			"mycket-hogt": "Mycket högt",
			hogt: "Högt",
			godkant: "Godkänt",
			lagt: "Lågt",
			"mycket-lagt": "Mycket lågt",
		} satisfies Record<GradeBandId, string>,
		area: {
			totalt: "NKI totalt",
			brandskydd: "Brandskydd",
			bygglov: "Bygglov",
			markupplatelse: "Markupplåtelse",
			"miljo-halsoskydd": "Miljö- och hälsoskydd",
			livsmedel: "Livsmedelskontroll",
			servering: "Serveringstillstånd",
			upphandling: "Upphandling (NUI)",
			"receptfria-lakemedel": "Receptfria läkemedel",
			lantmateri: "Lantmäteri",
			"folkol-tobak": "Folköl och tobak",
		} satisfies Record<InsiktArea, string>,
		areaShort: {
			"miljo-halsoskydd": "Miljö och hälsa",
			livsmedel: "Livsmedel",
			servering: "Servering",
			markupplatelse: "Markupplåtelse",
			bygglov: "Bygglov",
			brandskydd: "Brandskydd",
			upphandling: "Upphandling",
		} satisfies Partial<Record<InsiktArea, string>>,
		serviceFactor: {
			information: "Information",
			tillganglighet: "Tillgänglighet",
			bemotande: "Bemötande",
			kompetens: "Kompetens",
			rattssakerhet: "Rättssäkerhet",
			effektivitet: "Effektivitet",
		} satisfies Record<ServiceFactorId, string>,
		factorKind: { survey: "enkät", statistic: "statistik" },
		peerGroupKind: {
			region: "Region",
			lan: "Län",
			kommungrupp: "Kommungrupp (SKR)",
		} satisfies Record<PeerGroupKind, string>,
		peerGroupSource: {
			"gr-members": "Göteborgsregionen, medlemskommuner",
			"scb-lan": "SCB, kommuner per län",
			"skr-kommungrupp": "SKR kommungruppsindelning 2023",
		} satisfies Record<PeerGroupSource, string>,
		model: {
			"weighted-standardised-mean": {
				name: "Viktat medel av standardiserade faktorvärden",
				description:
					"Varje faktor standardiseras över årets kommuner: z = (värde − medel) / standardavvikelse, med omvänt tecken där ett lägre värde är bättre. Saknas ett värde räknas det som medel (z = 0). Totalen är medlet av z viktat med årets faktorvikter. Svenskt Näringsliv redovisar inte hur faktorerna vägs samman, så modellen är vår egen och dess träffsäkerhet mot den publicerade rankingen redovisas bredvid.",
			},
		} satisfies Record<ModelId, { name: string; description: string }>,
		riket: "Riket",
		nkiTotal: "NKI totalt",
	},
	en: {
		provenance: {
			published: "published",
			imported: "imported",
			synthetic: "synthetic example data",
		},
		gradeBand: {
			"mycket-hogt": "Very high",
			hogt: "High",
			godkant: "Pass",
			lagt: "Low",
			"mycket-lagt": "Very low",
		},
		area: {
			totalt: "NKI total",
			brandskydd: "Fire safety",
			bygglov: "Building permits",
			markupplatelse: "Land use permits",
			"miljo-halsoskydd": "Environment and health",
			livsmedel: "Food control",
			servering: "Alcohol licences",
			upphandling: "Procurement (NUI)",
			"receptfria-lakemedel": "Non-prescription drugs",
			lantmateri: "Land survey",
			"folkol-tobak": "Low-alcohol beer and tobacco",
		},
		areaShort: {
			"miljo-halsoskydd": "Environment",
			livsmedel: "Food",
			servering: "Alcohol",
			markupplatelse: "Land use",
			bygglov: "Building",
			brandskydd: "Fire safety",
			upphandling: "Procurement",
		},
		serviceFactor: {
			information: "Information",
			tillganglighet: "Accessibility",
			bemotande: "Treatment",
			kompetens: "Competence",
			rattssakerhet: "Legal certainty",
			effektivitet: "Efficiency",
		},
		factorKind: { survey: "survey", statistic: "statistic" },
		peerGroupKind: {
			region: "Region",
			lan: "County",
			kommungrupp: "Municipality group (SKR)",
		},
		peerGroupSource: {
			"gr-members": "Göteborgsregionen, member municipalities",
			"scb-lan": "Statistics Sweden (SCB), municipalities per county",
			"skr-kommungrupp": "SKR's municipality groups, 2023 division",
		},
		model: {
			"weighted-standardised-mean": {
				name: "Weighted mean of standardised factor values",
				description:
					"Each factor is standardised over the year's municipalities: z = (value − mean) / standard deviation, with the sign turned where a lower value is better. A missing value counts as the mean (z = 0). The total is the mean of z weighted by the year's factor weights. Svenskt Näringsliv does not publish how the factors are combined, so the model is our own and its fit against the published ranking is shown beside it.",
			},
		},
		riket: "National",
		nkiTotal: "NKI total",
	},
});

function isKeyOf<K extends string>(
	table: Readonly<Record<K, unknown>>,
	key: string,
): key is K {
	return Object.hasOwn(table, key);
}

export function provenanceLabel(provenance: Provenance, lang: Lang): string {
	return TERMS[lang].provenance[provenance];
}

/** A readable name for an Insikt area id; an unknown id is shown as it is, capitalised. */
export function areaLabel(area: string, lang: Lang): string {
	const labels = TERMS[lang].area;
	if (isKeyOf(labels, area)) return labels[area];
	const text = area.replaceAll("-", " ");
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A label short enough for a chart axis; the full name goes in the table and aria-labels. */
export function areaShortLabel(area: string, lang: Lang): string {
	const labels: Partial<Record<string, string>> = TERMS[lang].areaShort;
	return labels[area] ?? areaLabel(area, lang);
}

/** A service factor's name; an unknown id is shown as it is. */
export function serviceFactorLabel(measure: string, lang: Lang): string {
	const labels = TERMS[lang].serviceFactor;
	return isKeyOf(labels, measure) ? labels[measure] : measure;
}

export function gradeName(id: GradeBandId, lang: Lang): string {
	return TERMS[lang].gradeBand[id];
}

/** A band's NKI range as SKR prints it: ≥80, 70–79, 62–69, 50–61, <50. */
export function gradeRange(id: GradeBandId, lang: Lang): string {
	const { num } = FORMAT[lang];
	const index = GRADE_BANDS.findIndex((band) => band.id === id);
	const band = GRADE_BANDS[index];
	const above = GRADE_BANDS[index - 1];
	if (!band) return "";
	if (!above) return `≥${num(band.minimum)}`;
	if (!Number.isFinite(band.minimum)) return `<${num(above.minimum)}`;
	return `${num(band.minimum)}–${num(above.minimum - 1)}`;
}

/** "Mycket högt (≥80)": the grade with its range, for legends. */
export function gradeWithRange(id: GradeBandId, lang: Lang): string {
	return `${gradeName(id, lang)} (${gradeRange(id, lang)})`;
}

/** Where a peer group's membership comes from, for the API's source id. */
export function peerGroupSourceLabel(
	source: PeerGroupSource,
	lang: Lang,
): string {
	return TERMS[lang].peerGroupSource[source];
}

/** The model's name and description for the API's model id; an unknown id is shown as it is. */
export function modelWords(
	id: string,
	lang: Lang,
): { name: string; description: string } {
	const models = TERMS[lang].model;
	return isKeyOf(models, id) ? models[id] : { name: id, description: "" };
}
