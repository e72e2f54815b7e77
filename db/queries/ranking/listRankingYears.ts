import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../../client.ts";
import { insiktResult, snResult, TOTAL_FACTOR_ID } from "../../schema.ts";

/** Years with a total rank for at least one municipality, oldest first. */
export function listRankingYears(db: Db): number[] {
	return db
		.selectDistinct({ year: snResult.year })
		.from(snResult)
		.where(
			and(eq(snResult.factorId, TOTAL_FACTOR_ID), isNotNull(snResult.rank)),
		)
		.orderBy(asc(snResult.year))
		.all()
		.map((r) => r.year);
}

/** Years with any survey or factor score, oldest first. */
export function listScoreYears(db: Db): number[] {
	return db
		.selectDistinct({ year: snResult.year })
		.from(snResult)
		.where(
			and(
				sql`${snResult.factorId} <> ${TOTAL_FACTOR_ID}`,
				isNotNull(snResult.score),
			),
		)
		.orderBy(asc(snResult.year))
		.all()
		.map((r) => r.year);
}

/** Years with any Insikt value (Riket's included), oldest first. */
export function listInsiktYears(db: Db): number[] {
	return db
		.selectDistinct({ year: insiktResult.year })
		.from(insiktResult)
		.orderBy(asc(insiktResult.year))
		.all()
		.map((r) => r.year);
}
