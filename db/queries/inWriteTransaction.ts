import type { Db } from "../client.ts";

/**
 * Runs `write` in one transaction that takes SQLite's write lock up front (BEGIN IMMEDIATE), so
 * what it reads to decide (the action's current version, whether a name is free) cannot change
 * before it writes, and another writer waits (busy_timeout) instead of failing halfway. The
 * queries inside use `db` itself: better-sqlite3 has one connection, already in the transaction.
 */
export function inWriteTransaction<T>(db: Db, write: () => T): T {
	return db.transaction(() => write(), { behavior: "immediate" });
}
