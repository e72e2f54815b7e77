import { drizzle } from "drizzle-orm/better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../client.ts";
import * as schema from "../schema.ts";
import { copyYearsBack } from "../testing/olderYears.ts";
import {
	createTestDatabase,
	type TestDatabase,
} from "../testing/testDatabase.ts";
import {
	findFirstPeerRankYear,
	listPeerNkiTotals,
	listPeerRankHistory,
} from "./compare/listPeerHistory.ts";
import {
	findFirstInsiktYear,
	listInsiktValuesForSummary,
	listInsiktYearsOf,
} from "./insikt/listInsiktValues.ts";
import {
	findFirstRankingYear,
	getRankingSeries,
} from "./ranking/getRankingSeries.ts";
import { listMaySignalPairs } from "./ranking/listMaySignalPairs.ts";

/**
 * The key indexes of sn_result and insikt_result are year-major and there is no index led by
 * municipality_code, so a history query must name its years to seek the key once per year. These
 * run every history query and fail when SQLite's plan for it reads a whole table.
 */

interface Statement {
	query: string;
	params: unknown[];
}

const YEARS = Array.from({ length: 15 }, (_, i) => 2011 + i);
const EARLIER = [2008, 2009, 2010];
const PEERS = ["1402", "1401", "1480"];

const HISTORY_QUERIES: Record<string, (db: Db) => unknown> = {
	getRankingSeries: (db) => getRankingSeries(db, "1402", YEARS),
	findFirstRankingYear: (db) => findFirstRankingYear(db, "1402", EARLIER),
	listMaySignalPairs: (db) => listMaySignalPairs(db, YEARS),
	listPeerRankHistory: (db) =>
		listPeerRankHistory(db, { codes: PEERS, years: YEARS }),
	findFirstPeerRankYear: (db) =>
		findFirstPeerRankYear(db, { codes: PEERS, years: EARLIER }),
	listPeerNkiTotals: (db) =>
		listPeerNkiTotals(db, { codes: PEERS, years: YEARS }),
	listInsiktYearsOf: (db) => listInsiktYearsOf(db, "1402", YEARS),
	findFirstInsiktYear: (db) => findFirstInsiktYear(db, "1402", EARLIER),
	listInsiktValuesForSummary: (db) =>
		listInsiktValuesForSummary(db, "1402", 2023, YEARS),
};

/** The statements a query function runs, captured through Drizzle's logger. */
function statementsOf(database: TestDatabase, run: (db: Db) => unknown) {
	const statements: Statement[] = [];
	const db = drizzle(database.handle.sqlite, {
		schema,
		logger: { logQuery: (query, params) => statements.push({ query, params }) },
	});
	run(db);
	return statements;
}

function planOf(database: TestDatabase, statement: Statement): string[] {
	const rows = database.handle.sqlite
		.prepare(`explain query plan ${statement.query}`)
		.all(...statement.params) as { detail: string }[];
	return rows.map((row) => row.detail);
}

function expectEverySeekToUseTheKey(database: TestDatabase): void {
	for (const [name, run] of Object.entries(HISTORY_QUERIES)) {
		const statements = statementsOf(database, run);
		expect(statements.length, name).toBeGreaterThan(0);
		for (const statement of statements) {
			const plan = planOf(database, statement);
			// Every table these read is sn_result or insikt_result (under an alias in a self-join):
			// any SCAN is a full read of one of them.
			expect(
				plan.filter((line) => /^SCAN\b/.test(line)),
				`${name}: ${plan.join("; ")}`,
			).toEqual([]);
			expect(
				plan.some((line) =>
					/^SEARCH .* USING (COVERING )?INDEX (sn_result_key|insikt_result_key) \(year=\?/.test(
						line,
					),
				),
				`${name}: ${plan.join("; ")}`,
			).toBe(true);
		}
	}
}

describe("history queries seek the year-major key index", () => {
	let database: TestDatabase;
	beforeAll(() => {
		database = createTestDatabase({ bundled: true });
	});
	afterAll(() => database.remove());

	it("on the migrated database as the app opens it (no statistics)", () => {
		expectEverySeekToUseTheKey(database);
	});

	it("with ten times the history and statistics from ANALYZE", () => {
		copyYearsBack(
			database.handle.sqlite,
			Array.from({ length: 9 }, (_, k) => 20 * (k + 1)),
		);
		database.handle.sqlite.exec("analyze");
		expectEverySeekToUseTheKey(database);
	});
});
