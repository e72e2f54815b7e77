import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";
import {
	type BetterSQLite3Database,
	drizzle,
} from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { PROJECT_ROOT } from "./projectRoot.ts";
import * as schema from "./schema.ts";

export type Db = BetterSQLite3Database<typeof schema>;

export interface DatabaseHandle {
	db: Db;
	sqlite: Database.Database;
	close(): void;
}

const MIGRATIONS_FOLDER = join(PROJECT_ROOT, "db", "migrations");

/** Opens (creating if needed) and migrates the SQLite file; ":memory:" works for tests. */
export function openDatabase(path: string): DatabaseHandle {
	if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
	const sqlite = new Database(path);
	sqlite.pragma("journal_mode = WAL");
	// Readers and a concurrent import wait for each other instead of failing with SQLITE_BUSY.
	sqlite.pragma("busy_timeout = 5000");
	sqlite.pragma("foreign_keys = ON");
	sqlite.pragma("synchronous = NORMAL");
	const db = drizzle(sqlite, { schema });
	migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
	return { db, sqlite, close: () => sqlite.close() };
}
