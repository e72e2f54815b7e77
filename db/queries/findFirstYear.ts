import { and, asc, type SQL } from "drizzle-orm";
import type { Db } from "../client.ts";
import {
	isEmptyKey,
	type YearKey,
	type YearTable,
	yearKeyConditions,
} from "./listYearRows.ts";

/** The first of the key's years with a row matching every condition; null when there is none. */
export function findFirstYear(
	db: Db,
	table: YearTable,
	key: YearKey,
	...conditions: SQL[]
): number | null {
	if (isEmptyKey(key)) return null;
	return (
		db
			.select({ year: table.year })
			.from(table)
			.where(and(...yearKeyConditions(table, key), ...conditions))
			.orderBy(asc(table.year))
			.limit(1)
			.get()?.year ?? null
	);
}
