import { max } from "drizzle-orm";
import type { Db } from "../../client.ts";
import { importRun } from "../../schema.ts";

/** One prepared statement per database: this runs on every cached read request. */
const prepared = new WeakMap<Db, () => number>();

function prepare(db: Db): () => number {
	const query = db
		.select({ version: max(importRun.id) })
		.from(importRun)
		.prepare();
	return () => query.get()?.version ?? 0;
}

/**
 * A number that changes whenever an import lands (also one made by the CLI in another process),
 * so cached responses and ETags can be keyed on it. Imports only ever add import_run rows.
 */
export function getDataVersion(db: Db): number {
	let read = prepared.get(db);
	if (!read) {
		read = prepare(db);
		prepared.set(db, read);
	}
	return read();
}
