import { describe, expect, it } from "vitest";
import { writeFailureOf } from "./writeFailure.ts";

function sqliteError(code: string): Error {
	return Object.assign(new Error(code), { code });
}

describe("writeFailureOf", () => {
	it("tells a busy database and a full disk from other errors", () => {
		expect(writeFailureOf(sqliteError("SQLITE_BUSY"))).toBe("busy");
		expect(writeFailureOf(sqliteError("SQLITE_FULL"))).toBe("disk-full");
		expect(writeFailureOf(sqliteError("SQLITE_CONSTRAINT"))).toBeNull();
		expect(writeFailureOf("nope")).toBeNull();
	});
});
