import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client.ts";
import {
	createDataVersionReader,
	getDataVersion,
} from "../../db/queries/meta/getDataVersion.ts";
import {
	createTestDatabase,
	FIXED_CLOCK,
	type TestDatabase,
} from "../testing/testDatabase.ts";
import { FIXTURES_DIR } from "./bundled.ts";
import { importFile } from "./importFile.ts";

function importRanking(database: { db: TestDatabase["handle"]["db"] }): void {
	const result = importFile(
		database.db,
		{
			fileName: "long-semicolon.csv",
			bytes: readFileSync(
				join(FIXTURES_DIR, "sn-ranking", "long-semicolon.csv"),
			),
			options: { provenance: "imported", mode: "replace-years", dryRun: false },
		},
		FIXED_CLOCK,
	);
	expect(result.ok).toBe(true);
}

describe("createDataVersionReader", () => {
	let database: TestDatabase;
	beforeEach(() => {
		database = createTestDatabase({ bundled: false });
		const list = importFile(
			database.handle.db,
			{
				fileName: "municipalities.csv",
				bytes: readFileSync(
					join(FIXTURES_DIR, "municipalities", "municipalities.csv"),
				),
				source: "municipalities",
				options: { provenance: "published", mode: "overlay", dryRun: false },
			},
			FIXED_CLOCK,
		);
		expect(list.ok).toBe(true);
	});
	afterEach(() => database.remove());

	it("sees an import through the same connection at once", () => {
		const read = createDataVersionReader(
			database.handle.db,
			Number.POSITIVE_INFINITY,
		);
		const before = read();
		expect(before).toBe(getDataVersion(database.handle.db));
		expect(read()).toBe(before);
		importRanking(database.handle);
		expect(read()).toBe(getDataVersion(database.handle.db));
		expect(read()).not.toBe(before);
	});

	it("sees an import by another connection once the version is older than maxAgeMs", () => {
		const path = database.handle.sqlite.name;
		const other = openDatabase(path);
		try {
			const cached = createDataVersionReader(
				database.handle.db,
				Number.POSITIVE_INFINITY,
			);
			const fresh = createDataVersionReader(database.handle.db, 0);
			const before = cached();
			expect(fresh()).toBe(before);
			importRanking(other);
			// Another process's import: a reader that re-checks sees it, one that never does, not.
			expect(fresh()).toBe(getDataVersion(database.handle.db));
			expect(fresh()).not.toBe(before);
			expect(cached()).toBe(before);
		} finally {
			other.close();
		}
	});
});
