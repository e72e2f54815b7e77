import {
	cpSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client.ts";
import { PROJECT_ROOT } from "../../db/projectRoot.ts";
import { FIXED_CLOCK } from "../testing/testDatabase.ts";
import { undoImport } from "./undoImport.ts";

const LAST_JSON_LOG_MIGRATION = "0006_import_change_no_key_index";

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), "topp10-json-log-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A database migrated only up to 0006, whose change log was JSON in import_change. */
function openAtJsonLog(path: string): Database.Database {
	const folder = join(dir, "migrations");
	cpSync(join(PROJECT_ROOT, "db", "migrations"), folder, { recursive: true });
	const journalPath = join(folder, "meta", "_journal.json");
	const journal = JSON.parse(readFileSync(journalPath, "utf8")) as {
		entries: { tag: string }[];
	};
	const last = journal.entries.findIndex(
		(e) => e.tag === LAST_JSON_LOG_MIGRATION,
	);
	journal.entries = journal.entries.slice(0, last + 1);
	writeFileSync(journalPath, JSON.stringify(journal));
	const sqlite = new Database(path);
	migrate(drizzle(sqlite), { migrationsFolder: folder });
	return sqlite;
}

/** An sn_result row's other columns as 0005's triggers wrote them (json_object). */
const rowJson = (id: number, rank: number, runId: number, provenance: string) =>
	JSON.stringify({
		id,
		rank,
		score: null,
		provenance,
		source:
			provenance === "published" ? "foretagsklimat.se, Ranking 2023" : null,
		import_run_id: runId,
	});

/**
 * What the triggers of 0005 logged for run 2: it changed Partille's rank, deleted Lerum's and
 * inserted a municipality; the rows are as run 2 left them.
 */
function writeRunLoggedAsJson(sqlite: Database.Database): void {
	sqlite.exec(`
		insert into municipality (code, name, county_code, county_name) values
			('1402', 'Partille', '14', 'Västra Götalands län'),
			('1441', 'Lerum', '14', 'Västra Götalands län'),
			('1489', 'Alingsås', '14', 'Västra Götalands län');
		insert into import_run (id, source, file_name, sha256, rows, provenance, started_at, status, changes_logged) values
			(1, 'sn-ranking', 'ranking-2023.csv', 'a', 2, 'published', '2024-01-01', 'ok', 1),
			(2, 'sn-ranking', 'rattelse-2023.csv', 'b', 1, 'imported', '2024-02-01', 'ok', 1);
		insert into sn_result (id, year, municipality_code, factor_id, rank, provenance, source, import_run_id) values
			(10, 2023, '1402', 'total', 40, 'imported', null, 2);
	`);
	const log = sqlite.prepare(
		"insert into import_change (import_run_id, table_name, key_json, old_json, new_json) values (2, ?, ?, ?, ?)",
	);
	log.run(
		"sn_result",
		'[2023,"1402","total"]',
		rowJson(10, 33, 1, "published"),
		rowJson(10, 40, 2, "imported"),
	);
	log.run(
		"sn_result",
		'[2023,"1441","total"]',
		rowJson(11, 7, 1, "published"),
		null,
	);
	log.run(
		"municipality",
		'["1489"]',
		null,
		'{"name":"Alingsås","county_code":"14","county_name":"Västra Götalands län","kommungrupp":null}',
	);
}

describe("migrating the JSON change log of 0005 to the typed log (0007)", () => {
	it("keeps a logged run undoable: its change restored, its deletion put back, its insert removed", () => {
		const path = join(dir, "topp10.db");
		const old = openAtJsonLog(path);
		writeRunLoggedAsJson(old);
		old.close();

		const handle = openDatabase(path);
		try {
			const tables = handle.sqlite
				.prepare(
					"select name from sqlite_master where type = 'table' and name = 'import_change'",
				)
				.all();
			expect(tables).toEqual([]);
			expect(undoImport(handle.db, 2, FIXED_CLOCK)).toEqual({
				status: "undone",
				runId: 2,
				undoneAt: FIXED_CLOCK(),
				deleted: 1,
				restored: 1,
				reinserted: 1,
			});
			expect(
				handle.sqlite
					.prepare(
						"select id, municipality_code, rank, provenance, source, import_run_id from sn_result order by id",
					)
					.all(),
			).toEqual([
				{
					id: 10,
					municipality_code: "1402",
					rank: 33,
					provenance: "published",
					source: "foretagsklimat.se, Ranking 2023",
					import_run_id: 1,
				},
				{
					id: 11,
					municipality_code: "1441",
					rank: 7,
					provenance: "published",
					source: "foretagsklimat.se, Ranking 2023",
					import_run_id: 1,
				},
			]);
			expect(
				handle.sqlite
					.prepare("select code from municipality order by code")
					.pluck()
					.all(),
			).toEqual(["1402", "1441"]);
		} finally {
			handle.close();
		}
	});
});
