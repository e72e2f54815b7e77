import { desc } from "drizzle-orm";
import type { ImportRunSummary } from "../../../server/schemas/imports.ts";
import type { Db } from "../../client.ts";
import { importRun } from "../../schema.ts";

function jsonArray(text: string): unknown[] {
	try {
		const value: unknown = JSON.parse(text);
		return Array.isArray(value) ? value : [];
	} catch {
		return [];
	}
}

/** The import history, newest first. */
export function listImportRuns(db: Db, limit: number): ImportRunSummary[] {
	return db
		.select()
		.from(importRun)
		.orderBy(desc(importRun.id))
		.limit(limit)
		.all()
		.map((run) => ({
			id: run.id,
			source: run.source,
			fileName: run.fileName,
			sha256: run.sha256,
			rows: run.rows,
			provenance: run.provenance,
			status: run.status,
			startedAt: run.startedAt,
			finishedAt: run.finishedAt,
			warnings: jsonArray(run.warningsJson).length,
			errors: jsonArray(run.errorsJson).length,
			years: jsonArray(run.yearsJson).filter(
				(year): year is number => typeof year === "number",
			),
		}));
}
