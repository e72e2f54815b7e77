import { countRanked, rankFactors } from "../../analysis/factorRanks.ts";
import { listMunicipalities } from "../../db/queries/municipalities/listMunicipalities.ts";
import type { MunicipalityYear } from "../../domain/figures.ts";
import { SURVEY_SCORE_FACTOR_ID } from "../../domain/ids.ts";
import {
	combineProvenances,
	type Provenance,
} from "../../domain/provenance.ts";
import type {
	NationalRanking,
	NationalRankingQuery,
	NationalRow,
} from "../schemas/rankings.ts";
import { selectPeers } from "./compareReport.ts";
import type { ServiceContext } from "./context.ts";
import { listPeerGroups } from "./peerGroups.ts";
import { chooseCompleteRankingYear } from "./rankingYear.ts";
import type { Refusal } from "./refusal.ts";

/** Every municipality's rank, change, survey score and factor results for one year. */
export function buildNationalRanking(
	context: ServiceContext,
	query: NationalRankingQuery,
): NationalRanking | Refusal {
	const chosen = chooseCompleteRankingYear(context, query.year);
	if ("refused" in chosen) return chosen;
	const { year, years } = chosen;
	const municipalities = listMunicipalities(context.db);
	const selection =
		query.group === undefined
			? null
			: selectPeers({ group: query.group }, listPeerGroups(municipalities));
	if (selection && "refused" in selection) return selection;
	const { results } = context.analysis.yearModel(year);
	const previousYear = years.filter((y) => y < year).at(-1) ?? null;
	const previous =
		previousYear === null
			? new Map<string, MunicipalityYear>()
			: new Map(
					context.analysis
						.yearModel(previousYear)
						.results.rows.map((row) => [row.code, row]),
				);
	const factorRanks = rankFactors(results.rows, results.factors);
	const byCode = new Map(results.rows.map((row) => [row.code, row]));
	const members = new Set(
		selection?.codes ?? municipalities.map((m) => m.code),
	);
	const rows = municipalities
		.filter((m) => members.has(m.code))
		.map((m): NationalRow => {
			const row = byCode.get(m.code);
			const before = previous.get(m.code);
			const rankProvenance = row?.rank == null ? null : row.provenance;
			const previousRank = before?.rank ?? null;
			const hasChange = row?.rank != null && previousRank !== null;
			return {
				code: m.code,
				name: m.name,
				countyName: m.countyName,
				kommungrupp: m.kommungrupp,
				rank: row?.rank ?? null,
				provenance: rankProvenance,
				previousRank,
				change: hasChange ? previousRank - (row?.rank ?? 0) : null,
				changeProvenance: hasChange
					? combineProvenances([rankProvenance, before?.provenance])
					: null,
				score: row?.factorScores[SURVEY_SCORE_FACTOR_ID] ?? null,
				scoreProvenance:
					row?.factorProvenances?.[SURVEY_SCORE_FACTOR_ID] ?? null,
				factors: results.factors.map((f) => ({
					factorId: f.id,
					value: row?.factorScores[f.id] ?? null,
					rank: factorRanks[f.id]?.[m.code] ?? null,
					provenance: row?.factorProvenances?.[f.id] ?? null,
				})),
			};
		})
		.sort(byRankThenName);
	return {
		year,
		years,
		previousYear,
		group: selection?.group ?? null,
		factors: results.factors.map((f) => ({
			...f,
			rankedCount: countRanked(factorRanks[f.id] ?? {}),
			rankProvenance: rankProvenanceOf(results.rows, f.id),
		})),
		rows,
		provenances: provenancesOf(rows),
	};
}

/** A factor's ranks compare every municipality's value: synthetic when any value is. */
function rankProvenanceOf(
	rows: readonly MunicipalityYear[],
	factorId: string,
): Provenance {
	return combineProvenances(
		rows
			.filter((row) => row.factorScores[factorId] != null)
			.map((row) => row.factorProvenances?.[factorId] ?? row.provenance),
	);
}

function byRankThenName(a: NationalRow, b: NationalRow): number {
	if (a.rank !== b.rank) {
		if (a.rank === null) return 1;
		if (b.rank === null) return -1;
		return a.rank - b.rank;
	}
	return a.name.localeCompare(b.name, "sv");
}

function provenancesOf(rows: NationalRow[]): Provenance[] {
	const all = new Set<Provenance>();
	for (const row of rows) {
		if (row.provenance) all.add(row.provenance);
		if (row.scoreProvenance) all.add(row.scoreProvenance);
		for (const f of row.factors) if (f.provenance) all.add(f.provenance);
	}
	return [...all].sort();
}
