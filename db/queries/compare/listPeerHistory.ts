import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import { TOTAL_FACTOR_ID } from "../../../domain/ids.ts";
import type { Provenance } from "../../../domain/provenance.ts";
import type { Db } from "../../client.ts";
import { insiktResult, snResult } from "../../schema.ts";
import { findFirstYear } from "../findFirstYear.ts";

export interface PeerRankRow {
	code: string;
	year: number;
	rank: number;
	provenance: Provenance;
}

/**
 * Rows of the given municipalities' total rank in the given years. The years are named so SQLite
 * seeks the year-major key once per year and code instead of reading the table.
 */
function peerRanksIn(codes: string[], years: readonly number[]) {
	return and(
		inArray(snResult.year, [...years]),
		inArray(snResult.municipalityCode, codes),
		eq(snResult.factorId, TOTAL_FACTOR_ID),
		isNotNull(snResult.rank),
	);
}

/** The stored total ranks of the given municipalities in the given years, oldest first. */
export function listPeerRankHistory(
	db: Db,
	codes: string[],
	years: readonly number[],
): PeerRankRow[] {
	if (codes.length === 0 || years.length === 0) return [];
	return db
		.select({
			code: snResult.municipalityCode,
			year: snResult.year,
			rank: snResult.rank,
			provenance: snResult.provenance,
		})
		.from(snResult)
		.where(peerRanksIn(codes, years))
		.orderBy(asc(snResult.year))
		.all()
		.flatMap((row) => (row.rank === null ? [] : [{ ...row, rank: row.rank }]));
}

/** The first of the given years in which any of the municipalities has a total rank. */
export function findFirstPeerRankYear(
	db: Db,
	codes: string[],
	years: readonly number[],
): number | null {
	if (codes.length === 0) return null;
	return findFirstYear(db, snResult, years, peerRanksIn(codes, years));
}

export interface PeerNkiRow {
	code: string;
	year: number;
	value: number;
	provenance: Provenance;
}

/** NKI totalt of the given municipalities in the given years, oldest first. */
export function listPeerNkiTotals(
	db: Db,
	codes: string[],
	years: readonly number[],
): PeerNkiRow[] {
	if (codes.length === 0 || years.length === 0) return [];
	return db
		.select({
			code: insiktResult.municipalityCode,
			year: insiktResult.year,
			value: insiktResult.value,
			provenance: insiktResult.provenance,
		})
		.from(insiktResult)
		.where(
			and(
				inArray(insiktResult.year, [...years]),
				inArray(insiktResult.municipalityCode, codes),
				eq(insiktResult.area, "totalt"),
				eq(insiktResult.measure, "nki"),
				isNotNull(insiktResult.value),
			),
		)
		.orderBy(asc(insiktResult.year))
		.all()
		.flatMap((row) =>
			row.value === null ? [] : [{ ...row, value: row.value }],
		);
}
