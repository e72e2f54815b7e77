import type { InsiktTrendPoint } from "../../../analysis/insikt.ts";
import type { InsiktValue } from "../../../domain/figures.ts";
import type { GradeBandId } from "../../../domain/insikt.ts";
import type { TableColumn } from "../../export/table.ts";
import type { Lang } from "../../i18n/format.ts";

export const TOTAL_AREA = "totalt";
/** db/schema.ts RIKET_CODE; repeated because importing a value from the schema would bundle Drizzle. */
export const RIKET_CODE = "0000";

const AREA_LABELS: Record<string, { sv: string; en: string }> = {
	totalt: { sv: "NKI totalt", en: "NKI total" },
	brandskydd: { sv: "Brandskydd", en: "Fire safety" },
	bygglov: { sv: "Bygglov", en: "Building permits" },
	markupplatelse: { sv: "Markupplåtelse", en: "Land use permits" },
	"miljo-halsoskydd": {
		sv: "Miljö- och hälsoskydd",
		en: "Environment and health",
	},
	livsmedel: { sv: "Livsmedelskontroll", en: "Food control" },
	servering: { sv: "Serveringstillstånd", en: "Alcohol licences" },
	upphandling: { sv: "Upphandling (NUI)", en: "Procurement (NUI)" },
	"receptfria-lakemedel": {
		sv: "Receptfria läkemedel",
		en: "Non-prescription drugs",
	},
	lantmateri: { sv: "Lantmäteri", en: "Land survey" },
	"folkol-tobak": {
		sv: "Folköl och tobak",
		en: "Low-alcohol beer and tobacco",
	},
};

/** A readable name for an Insikt area id; an unknown id is shown as it is, capitalised. */
export function areaLabel(area: string, lang: Lang = "sv"): string {
	const known = AREA_LABELS[area];
	if (known) return known[lang];
	const text = area.replaceAll("-", " ");
	return text.charAt(0).toUpperCase() + text.slice(1);
}

const SHORT_LABELS: Record<string, { sv: string; en: string }> = {
	"miljo-halsoskydd": { sv: "Miljö och hälsa", en: "Environment" },
	livsmedel: { sv: "Livsmedel", en: "Food" },
	servering: { sv: "Servering", en: "Alcohol" },
	markupplatelse: { sv: "Markupplåtelse", en: "Land use" },
	bygglov: { sv: "Bygglov", en: "Building" },
	brandskydd: { sv: "Brandskydd", en: "Fire safety" },
	upphandling: { sv: "Upphandling", en: "Procurement" },
};

/** A label short enough for a chart axis; the full name goes in the table and aria-labels. */
export function areaShortLabel(area: string, lang: Lang = "sv"): string {
	return SHORT_LABELS[area]?.[lang] ?? areaLabel(area, lang);
}

export const SERVICE_FACTORS = [
	{ id: "information", sv: "Information", en: "Information" },
	{ id: "tillganglighet", sv: "Tillgänglighet", en: "Accessibility" },
	{ id: "bemotande", sv: "Bemötande", en: "Treatment" },
	{ id: "kompetens", sv: "Kompetens", en: "Competence" },
	{ id: "rattssakerhet", sv: "Rättssäkerhet", en: "Legal certainty" },
	{ id: "effektivitet", sv: "Effektivitet", en: "Efficiency" },
] as const;

export interface GradeBandSpec {
	id: GradeBandId;
	sv: string;
	en: string;
	/** Drawn from..to on the NKI axis; SKR grades the rounded NKI, so the edges sit at .5. */
	from: number;
	to: number;
	color: string;
}

/** SKR's grade bands: ≥80 mycket högt, 70–79 högt, 62–69 godkänt, 50–61 lågt, <50 mycket lågt. */
export const GRADE_BANDS: readonly GradeBandSpec[] = [
	{
		id: "mycket-hogt",
		sv: "Mycket högt (≥80)",
		en: "Very high (≥80)",
		from: 79.5,
		to: 100,
		color: "var(--band-very-high)",
	},
	{
		id: "hogt",
		sv: "Högt (70–79)",
		en: "High (70–79)",
		from: 69.5,
		to: 79.5,
		color: "var(--band-high)",
	},
	{
		id: "godkant",
		sv: "Godkänt (62–69)",
		en: "Pass (62–69)",
		from: 61.5,
		to: 69.5,
		color: "var(--band-pass)",
	},
	{
		id: "lagt",
		sv: "Lågt (50–61)",
		en: "Low (50–61)",
		from: 49.5,
		to: 61.5,
		color: "var(--band-low)",
	},
	{
		id: "mycket-lagt",
		sv: "Mycket lågt (<50)",
		en: "Very low (<50)",
		from: 0,
		to: 49.5,
		color: "var(--band-very-low)",
	},
];

const GRADE_NAMES: Record<GradeBandId, { sv: string; en: string }> = {
	"mycket-hogt": { sv: "Mycket högt", en: "Very high" },
	hogt: { sv: "Högt", en: "High" },
	godkant: { sv: "Godkänt", en: "Pass" },
	lagt: { sv: "Lågt", en: "Low" },
	"mycket-lagt": { sv: "Mycket lågt", en: "Very low" },
};

/** The grade's name without its range, as SKR words it. */
export function gradeName(id: GradeBandId, lang: Lang = "sv"): string {
	return GRADE_NAMES[id][lang];
}

/** A service factor's name; an unknown id is shown as it is. */
export function serviceFactorLabel(measure: string, lang: Lang = "sv"): string {
	return SERVICE_FACTORS.find((f) => f.id === measure)?.[lang] ?? measure;
}

/** The band an NKI falls in, by the same rounding SKR uses. */
export function gradeBandOf(nki: number): GradeBandSpec {
	const rounded = Math.round(nki);
	const band = GRADE_BANDS.find(
		(b) => rounded >= Math.ceil(b.from) && rounded <= Math.floor(b.to),
	);
	// Every whole number 0..100 is in a band; anything outside clamps to the ends.
	return (
		band ??
		(rounded > 100
			? (GRADE_BANDS[0] as GradeBandSpec)
			: (GRADE_BANDS[4] as GradeBandSpec))
	);
}

export function gradeBandColor(id: GradeBandId): string {
	return GRADE_BANDS.find((b) => b.id === id)?.color ?? "var(--muted)";
}

/** Ticks every ten on an NKI axis. */
export function nkiTicks([low, high]: [number, number]): number[] {
	const ticks: number[] = [];
	for (let v = Math.ceil(low / 10) * 10; v <= high; v += 10) ticks.push(v);
	return ticks;
}

/** The y-axis range for NKI charts: whole tens around the values, never narrower than 50–90. */
export function nkiAxisDomain(
	values: readonly (number | null)[],
): [number, number] {
	const known = values.filter(
		(v): v is number => v !== null && Number.isFinite(v),
	);
	const low = Math.min(50, ...known);
	const high = Math.max(90, ...known);
	return [
		Math.max(0, Math.floor(low / 10) * 10),
		Math.min(100, Math.ceil(high / 10) * 10),
	];
}

export interface HeatmapCell {
	area: string;
	measure: string;
	value: number | null;
	provenance: InsiktValue["provenance"] | null;
}

/** Areas (rows) × the six service factors (columns) for one municipality and year; NKI totalt first. */
export function heatmapRows(
	values: readonly InsiktValue[],
	code: string,
	year: number,
): { area: string; cells: HeatmapCell[] }[] {
	const own = values.filter(
		(v) => v.municipalityCode === code && v.year === year,
	);
	const areas = [...new Set(own.map((v) => v.area))].sort(
		(a, b) =>
			Number(b === TOTAL_AREA) - Number(a === TOTAL_AREA) || a.localeCompare(b),
	);
	return areas
		.map((area) => ({
			area,
			cells: SERVICE_FACTORS.map(({ id }) => {
				const found = own.find((v) => v.area === area && v.measure === id);
				return {
					area,
					measure: id,
					value: found?.value ?? null,
					provenance: found?.provenance ?? null,
				};
			}),
		}))
		.filter((row) => row.cells.some((c) => c.value !== null));
}

/**
 * Colour for a 0–100 service index on a light-to-dark blue scale (45 and below darkest red-free
 * light end, 95 and above darkest), with a text colour that keeps contrast.
 */
export function heatColor(value: number | null): {
	background: string;
	text: string;
} {
	if (value === null) return { background: "transparent", text: "inherit" };
	const t = Math.min(1, Math.max(0, (value - 45) / 50));
	const lightness = Math.round(92 - t * 60);
	return {
		background: `hsl(212 70% ${lightness}%)`,
		text: lightness < 58 ? "#ffffff" : "#10253f",
	};
}

export interface NkiTrendRow {
	year: number;
	value: number | null;
	riket: number | null;
	provenance: InsiktValue["provenance"] | null;
}

/** NKI totalt per year for the municipality, with Riket's where the API has it. */
export function nkiTrendRows(
	trend: readonly InsiktTrendPoint[],
): NkiTrendRow[] {
	return [...trend]
		.sort((a, b) => a.year - b.year)
		.map((p) => ({
			year: p.year,
			value: p.value,
			riket: p.riket,
			provenance: p.provenance,
		}));
}

/**
 * The Insikt year to show for a ranking year: the latest Insikt year up to it (Insikt is published
 * the spring after the cases), else the latest there is; null without any.
 */
export function pickInsiktYear(
	years: readonly number[],
	rankingYear: number | null,
): number | null {
	const sorted = [...years].sort((a, b) => a - b);
	if (rankingYear === null) return sorted.at(-1) ?? null;
	return sorted.filter((y) => y <= rankingYear).at(-1) ?? sorted.at(-1) ?? null;
}

export interface AreaBarRow {
	area: string;
	label: string;
	/** For the axis. */
	short: string;
	value: number;
	riket: number | null;
	rank: number | null;
	rankedCount: number;
	grade: GradeBandId;
	provenance: InsiktValue["provenance"];
}

/** The table columns the Insikt charts share: the NKI value, Riket and the provenance. */
export function nkiColumns(lang: Lang): {
	value: TableColumn;
	riket: TableColumn;
	provenance: TableColumn;
} {
	const sv = lang === "sv";
	return {
		value: { key: "value", label: "NKI" },
		riket: { key: "riket", label: sv ? "Riket" : "National", digits: 1 },
		provenance: { key: "provenance", label: sv ? "Ursprung" : "Provenance" },
	};
}
