import {
	type HistoryRange,
	historyWindow,
	subjectHistory,
} from "../../analysis/historyWindow.ts";
import {
	findFirstPeerRankYear,
	listPeerNkiTotals,
	listPeerRankHistory,
	type PeerNkiRow,
	type PeerRankRow,
} from "../../db/queries/compare/listPeerHistory.ts";
import { listMunicipalities } from "../../db/queries/municipalities/listMunicipalities.ts";
import { SURVEY_SCORE_FACTOR_ID } from "../../domain/ids.ts";
import type { Provenance } from "../../domain/provenance.ts";
import type {
	CompareQuery,
	CompareRow,
	Comparison,
	PeerGroup,
} from "../schemas/compare.ts";
import type { YearModel } from "./analysisCache.ts";
import type { ServiceContext } from "./context.ts";
import { listPeerGroups } from "./peerGroups.ts";
import { chooseCompleteRankingYear } from "./rankingYear.ts";
import { type Refusal, refuse } from "./refusal.ts";

/**
 * Ranks, scores, factor results and NKI of a peer set, side by side for one year, with each peer's
 * rank history over the history window (the latest 15 ranking years, or from `from` on).
 */
export function buildComparison(
	context: ServiceContext,
	query: CompareQuery,
): Comparison | Refusal {
	const municipalities = listMunicipalities(context.db);
	const selection = selectPeers(query, listPeerGroups(municipalities));
	if ("refused" in selection) return selection;
	const unknown = selection.codes.filter(
		(code) => !municipalities.some((m) => m.code === code),
	);
	if (unknown.length > 0) {
		return refuse(
			404,
			"municipality_not_found",
			`No municipality has the code ${unknown.join(", ")}. See /api/municipalities.`,
		);
	}
	const chosen = chooseCompleteRankingYear(context, query.year);
	if ("refused" in chosen) return chosen;
	const { year, years } = chosen;
	const yearModel = context.analysis.yearModel(year);
	const peers = readPeerHistories(context, selection.codes, year, query.from);
	const rows = buildRows(selection.codes, yearModel, municipalities, peers);
	return {
		year,
		years,
		group: selection.group,
		factors: yearModel.results.factors,
		model: { id: yearModel.model.id, fit: yearModel.fit },
		rows,
		provenances: provenancesOf(rows, yearModel),
		history: peers.history,
	};
}

interface PeerHistories {
	ranks: PeerRankRow[];
	/** NKI totalt up to the ranking year. */
	nki: PeerNkiRow[];
	history: HistoryRange;
}

function readPeerHistories(
	context: ServiceContext,
	codes: string[],
	year: number,
	from: number | undefined,
): PeerHistories {
	const { db, analysis } = context;
	const window = historyWindow(analysis.rankingYears(), from);
	const ranks = listPeerRankHistory(db, { codes, years: window.years });
	// NKI is the figure of the ranking year (the latest Insikt year up to it), not a history.
	const nkiYears = historyWindow(
		analysis.insiktYears().filter((y) => y <= year),
	).years;
	return {
		ranks,
		nki: listPeerNkiTotals(db, { codes, years: nkiYears }),
		history: subjectHistory(
			window,
			findFirstPeerRankYear(db, { codes, years: window.earlier }),
			ranks[0]?.year ?? null,
		),
	};
}

export function selectPeers(
	query: CompareQuery,
	groups: PeerGroup[],
): { codes: string[]; group: PeerGroup | null } | Refusal {
	if (query.group !== undefined) {
		const group = groups.find((g) => g.id === query.group);
		if (!group)
			return refuse(
				404,
				"group_not_found",
				`There is no peer group "${query.group}". See /api/groups.`,
			);
		return { codes: group.codes, group };
	}
	if (query.codes === undefined) {
		return refuse(
			400,
			"bad_request",
			'Give either "codes" (e.g. codes=1402,1401) or "group" (e.g. group=GR).',
		);
	}
	return { codes: [...new Set(query.codes.split(","))], group: null };
}

function buildRows(
	codes: string[],
	yearModel: YearModel,
	municipalities: ReturnType<typeof listMunicipalities>,
	peers: PeerHistories,
): CompareRow[] {
	return codes.flatMap((code) => {
		const municipality = municipalities.find((m) => m.code === code);
		if (!municipality) return [];
		const result = yearModel.results.rows.find((r) => r.code === code);
		const latestNki = peers.nki.filter((n) => n.code === code).at(-1);
		return [
			{
				code,
				name: municipality.name,
				countyName: municipality.countyName,
				kommungrupp: municipality.kommungrupp,
				rank: result?.rank ?? null,
				rankProvenance: result?.rank != null ? result.provenance : null,
				score: result?.factorScores[SURVEY_SCORE_FACTOR_ID] ?? null,
				modelledRank: yearModel.model.ranks[code] ?? null,
				scoreProvenance:
					result?.factorProvenances?.[SURVEY_SCORE_FACTOR_ID] ?? null,
				factorScores: result?.factorScores ?? {},
				factorProvenances: { ...result?.factorProvenances },
				nki: latestNki
					? {
							year: latestNki.year,
							value: latestNki.value,
							provenance: latestNki.provenance,
						}
					: null,
				history: peers.ranks
					.filter((h) => h.code === code)
					.map(({ year: y, rank, provenance }) => ({
						year: y,
						rank,
						provenance,
					})),
			},
		];
	});
}

function provenancesOf(rows: CompareRow[], yearModel: YearModel): Provenance[] {
	const all = new Set<Provenance>(yearModel.results.factorProvenances);
	for (const row of rows) {
		if (row.rankProvenance) all.add(row.rankProvenance);
		if (row.nki) all.add(row.nki.provenance);
		for (const h of row.history) all.add(h.provenance);
	}
	return [...all].sort();
}
