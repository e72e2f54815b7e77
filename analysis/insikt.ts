import type { InsiktValue } from "../domain/figures.ts";
import { RIKET_CODE } from "../domain/ids.ts";
import {
	GRADE_BANDS,
	type GradeBandId,
	SERVICE_FACTOR_IDS,
	type ServiceFactorId,
	TOTAL_INSIKT_AREA,
} from "../domain/insikt.ts";
import type { Provenance } from "../domain/provenance.ts";
import { rankCompetition } from "./competitionRank.ts";
import {
	type AreaDefinition,
	type DefinitionBreak,
	findDefinitionBreaks,
} from "./definitionBreaks.ts";
import { percentile } from "./percentile.ts";

export interface GradeBand {
	id: GradeBandId;
	/** SKR grades the NKI rounded to a whole number. */
	roundedNki: number;
}

export interface InsiktTrendPoint {
	year: number;
	value: number | null;
	provenance: Provenance;
	/** Riket's NKI for the area that year, when stored. */
	riket: number | null;
}

export interface InsiktArea {
	area: string;
	value: number;
	responses: number | null;
	provenance: Provenance;
	riket: number | null;
	/** 90th percentile of the municipalities reporting the area that year (riket excluded). */
	topDecile: number | null;
	grade: GradeBand;
	/** Descending NKI, equal values sharing a rank; computed here, as Kolada has no ranks. */
	rank: number | null;
	rankedCount: number;
	trend: InsiktTrendPoint[];
}

export interface ServiceFactorScore {
	measure: ServiceFactorId;
	value: number;
	riket: number | null;
}

export interface InsiktSummary {
	code: string;
	year: number;
	/** NKI totalt first, then the areas by id. */
	areas: InsiktArea[];
	/** The three lowest service factor indices of NKI totalt, lowest first. */
	weakestServiceFactors: ServiceFactorScore[];
	definitionBreaks: DefinitionBreak[];
}

const NKI = "nki";
const TOTAL_AREA = TOTAL_INSIKT_AREA;

export function gradeBand(nki: number): GradeBand {
	const roundedNki = Math.round(nki);
	const band =
		GRADE_BANDS.find((b) => roundedNki >= b.minimum) ?? GRADE_BANDS[4];
	return { id: band.id, roundedNki };
}

/** One municipality's Insikt results for one year, set against riket and all reporting municipalities. */
export function summariseInsikt(
	values: readonly InsiktValue[],
	code: string,
	year: number,
	definitions: readonly AreaDefinition[],
): InsiktSummary {
	const nkiThisYear = values.filter(
		(v) => v.year === year && v.measure === NKI && v.value !== null,
	);
	const ours = nkiThisYear.filter((v) => v.municipalityCode === code);
	const riketNki = riketNkiIndex(values);
	return {
		code,
		year,
		areas: ours
			.map((own) => summariseArea(own, nkiThisYear, values, riketNki))
			.sort(
				(a, b) =>
					Number(b.area === TOTAL_AREA) - Number(a.area === TOTAL_AREA) ||
					a.area.localeCompare(b.area),
			),
		weakestServiceFactors: weakestServiceFactors(values, code, year),
		definitionBreaks: findDefinitionBreaks(definitions),
	};
}

function summariseArea(
	own: InsiktValue,
	nkiThisYear: readonly InsiktValue[],
	values: readonly InsiktValue[],
	riketNki: ReadonlyMap<string, number | null>,
): InsiktArea {
	const inArea = nkiThisYear.filter((v) => v.area === own.area);
	const municipalities = inArea.filter(
		(v) => v.municipalityCode !== RIKET_CODE,
	);
	const scores = municipalities.map((v) => v.value);
	const ranks = rankCompetition(scores, { descending: true });
	const value = own.value ?? 0;
	return {
		area: own.area,
		value,
		responses: own.responses,
		provenance: own.provenance,
		riket: inArea.find((v) => v.municipalityCode === RIKET_CODE)?.value ?? null,
		topDecile: percentile(
			scores.filter((s): s is number => s !== null),
			0.9,
		),
		grade: gradeBand(value),
		rank: ranks[municipalities.indexOf(own)] ?? null,
		rankedCount: municipalities.length,
		trend: values
			.filter(
				(v) =>
					v.municipalityCode === own.municipalityCode &&
					v.area === own.area &&
					v.measure === NKI,
			)
			.sort((a, b) => a.year - b.year)
			.map(({ year, value: v, provenance }) => ({
				year,
				value: v,
				provenance,
				riket: riketNki.get(`${own.area}:${year}`) ?? null,
			})),
	};
}

/** Riket's NKI per `area:year`, looked up once per summary rather than once per trend point. */
function riketNkiIndex(
	values: readonly InsiktValue[],
): Map<string, number | null> {
	const index = new Map<string, number | null>();
	for (const v of values) {
		if (v.municipalityCode === RIKET_CODE && v.measure === NKI)
			index.set(`${v.area}:${v.year}`, v.value);
	}
	return index;
}

function weakestServiceFactors(
	values: readonly InsiktValue[],
	code: string,
	year: number,
): ServiceFactorScore[] {
	const totalThisYear = values.filter(
		(v) => v.year === year && v.area === TOTAL_AREA && v.value !== null,
	);
	const scoreOf = (municipality: string, measure: string) =>
		totalThisYear.find(
			(v) => v.municipalityCode === municipality && v.measure === measure,
		)?.value ?? null;
	return SERVICE_FACTOR_IDS.flatMap((measure) => {
		const value = scoreOf(code, measure);
		return value === null
			? []
			: [{ measure, value, riket: scoreOf(RIKET_CODE, measure) }];
	})
		.sort((a, b) => a.value - b.value)
		.slice(0, 3);
}
