import { sql } from "drizzle-orm";
import {
	RIKET_CODE,
	SURVEY_SCORE_FACTOR_ID,
	TOTAL_FACTOR_ID,
} from "../../../domain/ids.ts";
import type { Db } from "../../client.ts";

export interface YearCount {
	year: number;
	/** Distinct municipalities with a value that year (Riket not counted). */
	municipalities: number;
}

export interface YearCoverageCounts {
	/** Municipalities in the list: all 290 in any real data set. */
	listed: number;
	ranking: YearCount[];
	scores: YearCount[];
	insikt: YearCount[];
}

/** How many municipalities each source covers per year, oldest first. Read once per import. */
export function countYearCoverage(db: Db): YearCoverageCounts {
	const ranking = db.all<YearCount>(sql`
		select year, count(*) as municipalities from sn_result
		where factor_id = ${TOTAL_FACTOR_ID} and rank is not null
		group by year order by year`);
	const scores = db.all<YearCount>(sql`
		select year, count(*) as municipalities from sn_result
		where factor_id = ${SURVEY_SCORE_FACTOR_ID} and score is not null
		group by year order by year`);
	const insikt = db.all<YearCount>(sql`
		select year, count(distinct municipality_code) as municipalities from insikt_result
		where municipality_code <> ${RIKET_CODE} and value is not null
		group by year order by year`);
	const listed =
		db.get<{ n: number }>(sql`select count(*) as n from municipality`)?.n ?? 0;
	return { listed, ranking, scores, insikt };
}

/** When the last successful import finished; null before any. */
export function findLastImportAt(db: Db): string | null {
	return (
		db.get<{ at: string | null }>(
			sql`select max(finished_at) as at from import_run where status = 'ok'`,
		)?.at ?? null
	);
}
