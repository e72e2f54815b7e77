import { desc } from "drizzle-orm";
import type { ImportSource } from "../../../domain/ids.ts";
import type { Provenance } from "../../../domain/provenance.ts";
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

/** One import run as the history lists it: counts of its stored warnings and errors, its years. */
export interface ImportRunRow {
	id: number;
	source: ImportSource;
	fileName: string;
	sha256: string;
	rows: number;
	provenance: Provenance;
	status: "ok" | "failed";
	startedAt: string;
	finishedAt: string | null;
	warnings: number;
	errors: number;
	years: number[];
	undoneAt: string | null;
	canUndo: boolean;
}

/** The import history, newest first. */
export function listImportRuns(db: Db, limit: number): ImportRunRow[] {
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
			undoneAt: run.undoneAt,
			canUndo:
				run.status === "ok" && run.undoneAt === null && run.changesLogged,
		}));
}
