import { type SQL, sql } from "drizzle-orm";
import { TOTAL_FACTOR_ID } from "../../../domain/ids.ts";
import type { Db } from "../../client.ts";

type YearTable = "sn_result" | "insikt_result";

/**
 * The distinct years of a table that have a row matching `condition` (over the alias `r`), oldest
 * first. The years are walked on the year-major key, one seek per year, and each year is checked
 * with an EXISTS that stops at its first matching row: `select distinct year … where …` would read
 * every row of the table and its record, however many years there are.
 */
function listYearsWhere(
	db: Db,
	table: YearTable,
	condition: SQL | null,
): number[] {
	const name = sql.identifier(table);
	const matches = condition
		? sql`and exists (select 1 from ${name} r where r.year = years.year and ${condition})`
		: sql``;
	return db
		.all<{ year: number }>(sql`
			with recursive years(year) as (
				select (select min(year) from ${name})
				union all
				select (select min(year) from ${name} where year > years.year) from years where years.year is not null
			)
			select year from years where year is not null ${matches}`)
		.map((row) => row.year);
}

/** Years with a total rank for at least one municipality, oldest first. */
export function listRankingYears(db: Db): number[] {
	return listYearsWhere(
		db,
		"sn_result",
		sql`r.factor_id = ${TOTAL_FACTOR_ID} and r.rank is not null`,
	);
}

/** Years with any survey or factor score, oldest first. */
export function listScoreYears(db: Db): number[] {
	return listYearsWhere(
		db,
		"sn_result",
		sql`r.factor_id <> ${TOTAL_FACTOR_ID} and r.score is not null`,
	);
}

/** Years with any Insikt value (Riket's included), oldest first. */
export function listInsiktYears(db: Db): number[] {
	return listYearsWhere(db, "insikt_result", null);
}
