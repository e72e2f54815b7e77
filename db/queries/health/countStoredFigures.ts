import { count } from "drizzle-orm";
import type { Db } from "../../client.ts";
import { insiktResult, municipality, snResult } from "../../schema.ts";

export interface StoredFigureCounts {
	municipalities: number;
	snResults: number;
	insiktResults: number;
}

export function countStoredFigures(db: Db): StoredFigureCounts {
	const countOf = (
		table: typeof municipality | typeof snResult | typeof insiktResult,
	): number => db.select({ n: count() }).from(table).get()?.n ?? 0;
	return {
		municipalities: countOf(municipality),
		snResults: countOf(snResult),
		insiktResults: countOf(insiktResult),
	};
}
