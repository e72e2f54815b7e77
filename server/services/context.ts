import type { Db } from "../../db/client.ts";
import { type AnalysisCache, createAnalysisCache } from "./analysisCache.ts";

/** What route handlers and services share: the database, the memoised models and the clock. */
export interface ServiceContext {
	db: Db;
	analysis: AnalysisCache;
	now: () => Date;
}

export function createServiceContext(
	db: Db,
	now: () => Date = () => new Date(),
): ServiceContext {
	return { db, analysis: createAnalysisCache(db), now };
}
