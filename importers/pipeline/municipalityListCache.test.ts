import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { listMunicipalityNames } from "../../db/queries/imports/listMunicipalityNames.ts";
import {
	createTestDatabase,
	FIXED_CLOCK,
	type TestDatabase,
} from "../../db/testing/testDatabase.ts";
import { FIXTURES_DIR } from "./bundled.ts";
import { importFile } from "./importFile.ts";
import { undoImport } from "./undoImport.ts";

const LIST = readFileSync(
	join(FIXTURES_DIR, "municipalities/municipalities.csv"),
	"utf8",
);

function importList(database: TestDatabase, text: string) {
	const result = importFile(
		database.handle.db,
		{
			fileName: "municipalities.csv",
			bytes: new TextEncoder().encode(text),
			options: { provenance: "published", mode: "overlay", dryRun: false },
		},
		FIXED_CLOCK,
	);
	if (!result.ok)
		throw new Error(result.parsed.errors.map((e) => e.message).join("; "));
	return result;
}

const nameOf = (database: TestDatabase, code: string) =>
	listMunicipalityNames(database.handle.db).find((m) => m.code === code)?.name;

describe("listMunicipalityNames", () => {
	let database: TestDatabase | undefined;
	afterEach(() => database?.remove());

	it("reads the names again when a list import is undone, not only when one is added", () => {
		database = createTestDatabase({ bundled: false });
		importList(database, LIST);
		expect(nameOf(database, "1402")).toBe("Partille");
		const renamed = importList(
			database,
			LIST.replace(";Partille;", ";Partille kommun;"),
		);
		expect(nameOf(database, "1402")).toBe("Partille kommun");
		const runId = renamed.ok ? renamed.outcome.runId : null;
		if (runId === null) throw new Error("the renamed list wrote no run");
		expect(undoImport(database.handle.db, runId, FIXED_CLOCK).status).toBe(
			"undone",
		);
		expect(nameOf(database, "1402")).toBe("Partille");
	});
});
