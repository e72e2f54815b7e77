import {
	createTestDatabase as createDatabase,
	FIXED_CLOCK,
	type TestDatabase,
} from "../../db/testing/testDatabase.ts";
import { loadBundledData } from "../pipeline/bundled.ts";

export { FIXED_CLOCK, type TestDatabase };

/** A test database; with `bundled`, the bundled data set (loaded here when Vitest has no template). */
export function createTestDatabase(options: {
	bundled: boolean;
}): TestDatabase {
	return createDatabase(options, (db) => loadBundledData(db, FIXED_CLOCK));
}
