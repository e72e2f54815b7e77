import Database from "better-sqlite3";
import type { Db } from "../../client.ts";

/**
 * The better-sqlite3 connection under the Drizzle handle, for the import path's prepared
 * statements: one Drizzle builder per row would cost more than parsing the file.
 */
export function sqliteClientOf(db: Db): Database.Database {
	const client: unknown = Reflect.get(db, "$client");
	if (client instanceof Database) return client;
	throw new Error("the import path needs a better-sqlite3 Drizzle handle");
}

const prepared = new WeakMap<
	Database.Database,
	Map<string, Database.Statement>
>();

/**
 * The statement for this SQL on this connection, prepared on first use only: an import touches a
 * few of the write path's statements, and preparing the rest would cost more than a small file.
 */
export function statementOf<P extends unknown[] = unknown[], R = unknown>(
	sqlite: Database.Database,
	sql: string,
): Database.Statement<P, R> {
	let statements = prepared.get(sqlite);
	if (!statements) {
		statements = new Map();
		prepared.set(sqlite, statements);
	}
	const cached = statements.get(sql);
	if (cached) return cached as unknown as Database.Statement<P, R>;
	const statement = sqlite.prepare<P, R>(sql);
	statements.set(sql, statement as unknown as Database.Statement);
	return statement;
}
