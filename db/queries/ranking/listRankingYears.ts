import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import type { DataYears } from "../../../server/schemas/years.ts";
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

export function listDataYears(db: Db): DataYears {
	const rankingYears = listRankingYears(db);
	const scoreYears = db
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
	const insiktYears = db
		.selectDistinct({ year: insiktResult.year })
		.from(insiktResult)
		.orderBy(asc(insiktResult.year))
		.all()
		.map((r) => r.year);
	return { rankingYears, scoreYears, insiktYears };
}
