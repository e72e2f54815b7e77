import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import type { Db } from "../../client.ts";
import { importRun } from "../../schema.ts";

/** One prepared statement per database: this runs on every cached read request. */
const prepared = new WeakMap<Db, () => number>();

function prepare(db: Db): () => number {
	const query = db
		.select({
			// Undoing a run adds no run but sets its undone_at: both only ever grow, so the sum does.
			version: sql<number>`coalesce(max(${importRun.id}), 0) + count(${importRun.undoneAt})`,
		})
		.from(importRun)
		.prepare();
	return () => query.get()?.version ?? 0;
}

/**
 * A number that changes whenever an import lands (also one made by the CLI in another process),
 * so cached responses and ETags can be keyed on it. Imports only ever add import_run rows, and
 * an undo only ever sets a run's undone_at.
 */
export function getDataVersion(db: Db): number {
	let read = prepared.get(db);
	if (!read) {
		read = prepare(db);
		prepared.set(db, read);
	}
	return read();
}

/**
 * The data version for hot paths (the read cache asks on every request). Reading max(id) opens a
 * read transaction, which on a WAL database costs file-lock and stat system calls, ~15 µs of CPU
 * a request under load. So: writes through this connection (the API upload, an importFile() in
 * the same process) are noticed at once through total_changes(), which touches no file; writes by
 * other processes (the CLI) are noticed by re-reading max(id) at most `maxAgeMs` later.
 */
export function createDataVersionReader(db: Db, maxAgeMs = 100): () => number {
	const client: unknown = Reflect.get(db, "$client");
	if (!(client instanceof Database)) return () => getDataVersion(db);
	const totalChanges = client.prepare("select total_changes()").pluck();
	let version = -1;
	let changes = -1;
	let checkedAt = Number.NEGATIVE_INFINITY;
	return () => {
		const now = performance.now();
		const currentChanges = totalChanges.get() as number;
		if (currentChanges !== changes || now - checkedAt >= maxAgeMs) {
			version = getDataVersion(db);
			changes = currentChanges;
			checkedAt = now;
		}
		return version;
	};
}
