import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import type { Db } from "../../client.ts";
import {
	insiktResult,
	type Provenance,
	snResult,
	TOTAL_FACTOR_ID,
} from "../../schema.ts";

export interface PeerRankRow {
	code: string;
	year: number;
	rank: number;
	provenance: Provenance;
}

/** Every stored total rank of the given municipalities, oldest first. */
export function listPeerRankHistory(db: Db, codes: string[]): PeerRankRow[] {
	return db
		.select({
			code: snResult.municipalityCode,
			year: snResult.year,
			rank: snResult.rank,
			provenance: snResult.provenance,
		})
		.from(snResult)
		.where(
			and(
				inArray(snResult.municipalityCode, codes),
				eq(snResult.factorId, TOTAL_FACTOR_ID),
				isNotNull(snResult.rank),
			),
		)
		.orderBy(asc(snResult.year))
		.all()
		.flatMap((row) => (row.rank === null ? [] : [{ ...row, rank: row.rank }]));
}

export interface PeerNkiRow {
	code: string;
	year: number;
	value: number;
	provenance: Provenance;
}

/** NKI totalt of the given municipalities in every year, oldest first. */
export function listPeerNkiTotals(db: Db, codes: string[]): PeerNkiRow[] {
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
