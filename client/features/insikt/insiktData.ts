import type { InsiktTrendPoint } from "../../../analysis/insikt.ts";
import type { InsiktValue } from "../../../domain/figures.ts";
import {
	GRADE_BANDS,
	type GradeBandId,
	SERVICE_FACTOR_IDS,
	TOTAL_INSIKT_AREA,
} from "../../../domain/insikt.ts";
import type { InsiktReport } from "../../../server/schemas/insikt.ts";
import type { TableColumn } from "../../export/table.ts";
import type { Lang } from "../../i18n/format.ts";
import { areaLabel, areaShortLabel } from "../../i18n/terms.ts";
import { INSIKT_MESSAGES } from "./messages.ts";

/** Each grade band's own colour (styles.css), the fifth band's included. */
const BAND_COLORS: Record<GradeBandId, string> = {
	"mycket-hogt": "var(--band-very-high)",
	hogt: "var(--band-high)",
	godkant: "var(--band-pass)",
	lagt: "var(--band-low)",
	"mycket-lagt": "var(--band-very-low)",
};

export interface GradeBandArea {
	id: GradeBandId;
	/** Drawn from..to on the NKI axis; SKR grades the rounded NKI, so the edges sit at .5. */
	from: number;
	to: number;
	color: string;
}

/** SKR's grade bands (domain/insikt.ts) as areas on a 0–100 NKI axis, best first. */
export const GRADE_BAND_AREAS: readonly GradeBandArea[] = GRADE_BANDS.map(
	(band, i) => {
		const above = GRADE_BANDS[i - 1];
		return {
			id: band.id,
			from: Number.isFinite(band.minimum) ? band.minimum - 0.5 : 0,
			to: above ? above.minimum - 0.5 : 100,
			color: BAND_COLORS[band.id],
		};
	},
);

export function gradeBandColor(id: GradeBandId): string {
	return BAND_COLORS[id];
}

export interface HeatmapCell {
	area: string;
	measure: string;
	value: number | null;
	provenance: InsiktValue["provenance"] | null;
}

/** NKI totalt first, then the areas by id. */
const byAreaTotalFirst = (a: string, b: string) =>
	Number(b === TOTAL_INSIKT_AREA) - Number(a === TOTAL_INSIKT_AREA) ||
	a.localeCompare(b);

/** Areas (rows) × the six service factors (columns) for one municipality and year; NKI totalt first. */
export function heatmapRows(
	values: readonly InsiktValue[],
	code: string,
	year: number,
): { area: string; cells: HeatmapCell[] }[] {
	const own = values.filter(
		(v) => v.municipalityCode === code && v.year === year,
	);
	const areas = [...new Set(own.map((v) => v.area))].sort(byAreaTotalFirst);
	return areas
		.map((area) => ({
			area,
			cells: SERVICE_FACTOR_IDS.map((id) => {
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
 * Colour for a 0–100 service index on a light-to-dark blue scale (45 and below lightest, 95 and
 * above darkest), with a text colour that keeps contrast.
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

/** One bar per area of the summarised year, with the grade band the API gave it. */
export function areaBarRows(report: InsiktReport, lang: Lang): AreaBarRow[] {
	return (report.summary?.areas ?? []).map((a) => ({
		area: a.area,
		label: areaLabel(a.area, lang),
		short: areaShortLabel(a.area, lang),
		value: a.value,
		riket: a.riket,
		rank: a.rank,
		rankedCount: a.rankedCount,
		grade: a.grade.id,
		provenance: a.provenance,
	}));
}

/** The table columns the Insikt charts share: the NKI value, Riket and the provenance. */
export function nkiColumns(lang: Lang): {
	value: TableColumn;
	riket: TableColumn;
	provenance: TableColumn;
} {
	const m = INSIKT_MESSAGES[lang].table;
	return {
		value: { key: "value", label: "NKI" },
		riket: { key: "riket", label: m.riket, digits: 1 },
		provenance: { key: "provenance", label: m.provenance },
	};
}
