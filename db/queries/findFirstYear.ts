import { and, asc, inArray, type SQL } from "drizzle-orm";
import type { Db } from "../client.ts";
import type { insiktResult, snResult } from "../schema.ts";

type YearTable = typeof snResult | typeof insiktResult;

/**
 * The first of the given years with a row matching `where` (which must also narrow by
 * municipality, so SQLite seeks the year-major key once per year); null when there is none.
 */
export function findFirstYear(
	db: Db,
	table: YearTable,
	years: readonly number[],
	where: SQL | undefined,
): number | null {
	if (years.length === 0) return null;
	return (
		db
			.select({ year: table.year })
			.from(table)
			.where(and(inArray(table.year, [...years]), where))
			.orderBy(asc(table.year))
			.limit(1)
			.get()?.year ?? null
	);
}
