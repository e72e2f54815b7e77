import {
	findSimilar,
	type Indicator as IndicatorValues,
} from "../../analysis/similarity.ts";
import { listYearNki } from "../../db/queries/insikt/listYearNki.ts";
import { listMunicipalities } from "../../db/queries/municipalities/listMunicipalities.ts";
import type { FactorDef } from "../../domain/figures.ts";
import {
	combineProvenances,
	type Provenance,
} from "../../domain/provenance.ts";
import type { Municipality } from "../schemas/municipalities.ts";
import type {
	Indicator,
	SimilarQuery,
	SimilarReport,
} from "../schemas/similar.ts";
import type { YearModel } from "./analysisCache.ts";
import type { ServiceContext } from "./context.ts";
import { chooseCompleteRankingYear } from "./rankingYear.ts";
import { type Refusal, refuse } from "./refusal.ts";

const KOMMUNGRUPP = "kommungrupp";
const NKI_PREFIX = "nki:";

interface YearData {
	yearModel: YearModel;
	municipalities: ReturnType<typeof listMunicipalities>;
	nkiYear: number | null;
	nki: ReturnType<typeof listYearNki>;
}

/** The municipalities most like one, by a stated difference index over chosen indicators. */
export function buildSimilarReport(
	context: ServiceContext,
	municipality: Municipality,
	query: SimilarQuery,
): SimilarReport | Refusal {
	const rankingYear = chooseCompleteRankingYear(context, query.year);
	if ("refused" in rankingYear) return rankingYear;
	const { year } = rankingYear;
	const data = readYearData(context, year);
	const available = availableIndicators(data);
	const chosen = chooseIndicators(query, available, data);
	if ("refused" in chosen) return chosen;
	const values = chosen.map((indicator) => valuesOf(indicator, data));
	const similar = findSimilar(
		municipality.code,
		data.municipalities.map((m) => m.code),
		values.map((v, i) => ({ ...v, weight: chosen[i]?.weight ?? 0 })),
		query.count ?? 7,
	);
	const rows = new Map(data.yearModel.results.rows.map((r) => [r.code, r]));
	return {
		municipality,
		year,
		method: "gower",
		indicators: chosen,
		available,
		similar: similar.map((s) => {
			const m = data.municipalities.find((x) => x.code === s.code);
			const row = rows.get(s.code);
			return {
				...s,
				provenance: combineProvenances([
					...pairProvenances(chosen, data, municipality.code),
					...pairProvenances(chosen, data, s.code),
				]),
				name: m?.name ?? s.code,
				kommungrupp: m?.kommungrupp ?? null,
				rank: row?.rank ?? null,
				rankProvenance: row?.rank == null ? null : row.provenance,
			};
		}),
		provenances: comparedProvenances(chosen, data),
	};
}

function readYearData(context: ServiceContext, year: number): YearData {
	const nkiYear =
		context.analysis
			.insiktYears()
			.filter((y) => y <= year)
			.at(-1) ?? null;
	return {
		yearModel: context.analysis.yearModel(year),
		municipalities: listMunicipalities(context.db),
		nkiYear,
		nki: nkiYear === null ? [] : listYearNki(context.db, nkiYear),
	};
}

function availableIndicators(data: YearData): SimilarReport["available"] {
	const areas = [...new Set(data.nki.map((row) => row.area))].sort();
	return [
		{ id: KOMMUNGRUPP, kind: "kommungrupp", label: null },
		...data.yearModel.results.factors.map((f) => ({
			id: f.id,
			kind: "factor" as const,
			label: f.label,
		})),
		...areas.map((area) => ({
			id: `${NKI_PREFIX}${area}`,
			kind: "nki" as const,
			label: null,
		})),
	];
}

/** The asked indicators with their weights, or by default kommungrupp and the year's statistics. */
function chooseIndicators(
	query: SimilarQuery,
	available: SimilarReport["available"],
	data: YearData,
): Indicator[] | Refusal {
	const factors: readonly FactorDef[] = data.yearModel.results.factors;
	const ids = query.indicators?.split(",") ?? [
		KOMMUNGRUPP,
		...factors.filter((f) => f.kind === "statistic").map((f) => f.id),
	];
	const weights = query.weights?.split(",").map(Number);
	if (weights && weights.length !== ids.length)
		return refuse(
			400,
			"bad_request",
			`Give one weight per indicator: ${ids.length} indicators, ${weights.length} weights.`,
		);
	const unknown = ids.filter((id) => !available.some((a) => a.id === id));
	if (unknown.length > 0)
		return refuse(
			400,
			"unknown_indicator",
			`Unknown indicator ${unknown.join(", ")} for this year. Choose from: ${available.map((a) => a.id).join(", ")}.`,
		);
	return ids.map((id, index) => {
		const known = available.find((a) => a.id === id);
		return {
			id,
			kind: known?.kind ?? "factor",
			label: known?.label ?? null,
			weight: weights?.[index] ?? 1,
			year: known?.kind === "nki" ? data.nkiYear : null,
		};
	});
}

function valuesOf(
	indicator: Indicator,
	data: YearData,
): Omit<IndicatorValues, "weight"> {
	if (indicator.kind === "kommungrupp")
		return {
			id: indicator.id,
			values: Object.fromEntries(
				data.municipalities.map((m) => [m.code, m.kommungrupp]),
			),
		};
	if (indicator.kind === "nki") {
		const area = indicator.id.slice(NKI_PREFIX.length);
		return {
			id: indicator.id,
			values: Object.fromEntries(
				data.nki
					.filter((row) => row.area === area)
					.map((row) => [row.municipalityCode, row.value]),
			),
		};
	}
	return {
		id: indicator.id,
		values: Object.fromEntries(
			data.yearModel.results.rows.map((row) => [
				row.code,
				row.factorScores[indicator.id] ?? null,
			]),
		),
	};
}

function comparedProvenances(
	chosen: Indicator[],
	data: YearData,
): Provenance[] {
	const all = new Set<Provenance>();
	for (const indicator of chosen) {
		if (indicator.kind === "factor")
			for (const row of data.yearModel.results.rows) {
				const p = row.factorProvenances?.[indicator.id];
				if (p) all.add(p);
			}
		if (indicator.kind === "nki")
			for (const row of data.nki) all.add(row.provenance);
	}
	return [...all].sort();
}

/** Provenances of one municipality's compared values: the difference is synthetic if any is. */
function pairProvenances(
	chosen: Indicator[],
	data: YearData,
	code: string,
): Provenance[] {
	const row = data.yearModel.results.rows.find((r) => r.code === code);
	return chosen.flatMap((indicator) => {
		if (indicator.kind === "factor") {
			const p = row?.factorProvenances?.[indicator.id];
			return p ? [p] : [];
		}
		if (indicator.kind === "nki") {
			const area = indicator.id.slice(NKI_PREFIX.length);
			const nki = data.nki.find(
				(n) => n.municipalityCode === code && n.area === area,
			);
			return nki ? [nki.provenance] : [];
		}
		return [];
	});
}
