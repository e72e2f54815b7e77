import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
	createTestDatabase,
	type TestDatabase,
} from "../testing/testDatabase.ts";
import {
	beforeColumns,
	beforeTable,
	LOGGED,
	LOGGED_TABLES,
} from "./changeLog.ts";

let database: TestDatabase;
beforeEach(() => {
	database = createTestDatabase({ bundled: false });
});
afterEach(() => database.remove());

function columnsOf(table: string): string[] {
	return database.handle.sqlite
		.prepare(`select name from pragma_table_info(?) order by name`)
		.pluck()
		.all(table) as string[];
}

describe("the change log's shape", () => {
	it.each(LOGGED_TABLES)(
		"%s: the log names every stored column, and its _before table holds exactly those",
		(table) => {
			const { key, columns } = LOGGED[table];
			// A column the log left out would not come back on an undo.
			expect([...key, ...columns].sort()).toEqual(columnsOf(table));
			expect(beforeColumns(table).sort()).toEqual(
				columnsOf(beforeTable(table)),
			);
		},
	);
});
