import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
	createTestDatabase,
	FIXED_CLOCK,
	type TestDatabase,
} from "../testing/testDatabase.ts";
import {
	countLoadedBundledFiles,
	isDatabaseEmpty,
	loadBundledData,
	readBundledManifest,
} from "./bundled.ts";

let database: TestDatabase;
beforeEach(() => {
	database = createTestDatabase({ bundled: false });
});
afterEach(() => database.remove());

describe("loading the bundled data set", () => {
	it("loads every file of the manifest", () => {
		loadBundledData(database.handle.db, FIXED_CLOCK);
		const expected = readBundledManifest().length;
		expect(countLoadedBundledFiles(database.handle.db)).toEqual({
			expected,
			loaded: expected,
		});
	});

	it("leaves the database empty when it fails half-way, so the next start loads it all", () => {
		let calls = 0;
		// The clock stamps each run twice; failing at the 8th call breaks the 4th file.
		const failingClock = () => {
			calls += 1;
			if (calls === 8) throw new Error("disk full (simulated)");
			return FIXED_CLOCK();
		};
		expect(() => loadBundledData(database.handle.db, failingClock)).toThrow(
			/simulated/,
		);
		expect(isDatabaseEmpty(database.handle.db)).toBe(true);
		expect(countLoadedBundledFiles(database.handle.db).loaded).toBe(0);
		loadBundledData(database.handle.db, FIXED_CLOCK);
		expect(countLoadedBundledFiles(database.handle.db).loaded).toBe(
			readBundledManifest().length,
		);
	});
});
