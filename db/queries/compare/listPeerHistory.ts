import { eq, isNotNull } from "drizzle-orm";
import { TOTAL_FACTOR_ID } from "../../../domain/ids.ts";
import type { Provenance } from "../../../domain/provenance.ts";
import type { Db } from "../../client.ts";
import { insiktResult, snResult } from "../../schema.ts";
import { findFirstYear } from "../findFirstYear.ts";
import { listYearRows, type YearKey } from "../listYearRows.ts";

export interface PeerRankRow {
	code: string;
	year: number;
	rank: number;
	provenance: Provenance;
}

/** Rows of the total rank. */
const TOTAL_RANKS = [
	eq(snResult.factorId, TOTAL_FACTOR_ID),
	isNotNull(snResult.rank),
];

/** The stored total ranks of the peers in the key's years, oldest first. */
export function listPeerRankHistory(db: Db, peers: YearKey): PeerRankRow[] {
	return listYearRows(
		db,
		snResult,
		["municipalityCode", "year", "rank", "provenance"],
		peers,
		...TOTAL_RANKS,
	).flatMap(({ municipalityCode: code, year, rank, provenance }) =>
		rank === null ? [] : [{ code, year, rank, provenance }],
	);
}

/** The first of the key's years in which any of the peers has a total rank. */
export function findFirstPeerRankYear(db: Db, peers: YearKey): number | null {
	return findFirstYear(db, snResult, peers, ...TOTAL_RANKS);
}

export interface PeerNkiRow {
	code: string;
	year: number;
	value: number;
	provenance: Provenance;
}

/** NKI totalt of the peers in the key's years, oldest first. */
export function listPeerNkiTotals(db: Db, peers: YearKey): PeerNkiRow[] {
	return listYearRows(
		db,
		insiktResult,
		["municipalityCode", "year", "value", "provenance"],
		peers,
		eq(insiktResult.area, "totalt"),
		eq(insiktResult.measure, "nki"),
		isNotNull(insiktResult.value),
	).flatMap(({ municipalityCode: code, year, value, provenance }) =>
		value === null ? [] : [{ code, year, value, provenance }],
	);
}
