import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ApiError } from "../../schemas/errors.ts";
import type { UploadRefusal, UploadResult } from "../../schemas/imports.ts";
import {
	createUploadTestApp,
	fixture,
	type UploadTestApp,
	uploadFile,
} from "./testUpload.ts";

let testApp: UploadTestApp;
beforeEach(async () => {
	testApp = await createUploadTestApp();
});
afterEach(() => testApp.close());

function upload(fileName: string, bytes: Uint8Array, query = "") {
	return uploadFile(testApp, fileName, bytes, { query });
}

describe("uploads through the same pipeline as the CLI", () => {
	it("reads an .xlsx workbook (SN's Statistik.xlsx with län and Sverige rows)", async () => {
		const response = await upload(
			"lan-and-sverige-rows.xlsx",
			fixture("sn-statistics/lan-and-sverige-rows.xlsx"),
			"?dryRun=true",
		);
		expect(response.statusCode).toBe(200);
		const result = response.json<UploadResult>();
		expect(result).toMatchObject({
			outcome: "dry-run",
			source: "sn-statistics",
		});
		expect(result.rows).toBeGreaterThan(0);
	});
});

describe("limits that keep the answer small", () => {
	it("sends the first 200 errors of a file of bad rows, with the total", async () => {
		const lines = ["År;Kommunkod;Placering"];
		for (let i = 0; i < 600; i++) lines.push(`2023;1402;x${i}`);
		const response = await upload("bad.csv", Buffer.from(lines.join("\n")));
		expect(response.statusCode).toBe(422);
		const refusal = response.json<UploadRefusal>();
		expect(refusal.errors).toHaveLength(200);
		expect(refusal.errorCount).toBeGreaterThan(200);
		expect(refusal.error.message).toContain(`${refusal.errorCount} errors`);
	});
});

describe("a writer that holds the lock too long", () => {
	it("answers 503 with Retry-After and writes nothing", async () => {
		const path = testApp.database.handle.sqlite.name;
		const other = new Database(path);
		other.pragma("busy_timeout = 0");
		other.prepare("begin immediate").run();
		try {
			const runsBefore = testApp.database.handle.sqlite
				.prepare("select count(*) from import_run")
				.pluck()
				.get();
			const response = await upload(
				"long-semicolon.csv",
				fixture("sn-ranking/long-semicolon.csv"),
			);
			expect(response.statusCode).toBe(503);
			expect(response.headers["retry-after"]).toBe("5");
			expect(response.json<ApiError>().error.code).toBe("database_busy");
			other.prepare("rollback").run();
			expect(
				testApp.database.handle.sqlite
					.prepare("select count(*) from import_run")
					.pluck()
					.get(),
			).toBe(runsBefore);
		} finally {
			if (other.inTransaction) other.prepare("rollback").run();
			other.close();
		}
	}, 20_000);
});
