import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES_DIR } from "../../importers/pipeline/bundled.ts";
import { importFile } from "../../importers/pipeline/importFile.ts";
import { createTestApp, FIXED_CLOCK, type TestApp } from "../test/testApp.ts";
import { preferredEncoding, readCacheKeyOf } from "./readCache.ts";

let testApp: TestApp;
beforeAll(async () => {
	testApp = await createTestApp();
});
afterAll(() => testApp.close());

const URL = "/api/municipalities/1402/ranking";

describe("ETag and Cache-Control on read routes", () => {
	it("sends an ETag with no-cache, and 304 when the client already has it", async () => {
		const first = await testApp.app.inject({ url: URL });
		expect(first.headers["cache-control"]).toBe("no-cache");
		const etag = String(first.headers.etag);
		expect(etag).toMatch(/^"\d+-/);
		const again = await testApp.app.inject({
			url: URL,
			headers: { "if-none-match": etag },
		});
		expect(again.statusCode).toBe(304);
		expect(again.body).toBe("");
	});

	it("serves the same body from memory the second time", async () => {
		const first = await testApp.app.inject({ url: URL });
		const second = await testApp.app.inject({ url: URL });
		expect(second.body).toBe(first.body);
		expect(second.headers["content-type"]).toContain("application/json");
	});

	it("changes the ETag and the answer after an import", async () => {
		const before = await testApp.app.inject({ url: URL });
		const result = importFile(
			testApp.database.handle.db,
			{
				fileName: "long-semicolon.csv",
				bytes: readFileSync(
					join(FIXTURES_DIR, "sn-ranking", "long-semicolon.csv"),
				),
				options: {
					provenance: "imported",
					mode: "replace-years",
					dryRun: false,
				},
			},
			FIXED_CLOCK,
		);
		expect(result.ok).toBe(true);
		const stale = await testApp.app.inject({
			url: URL,
			headers: { "if-none-match": String(before.headers.etag) },
		});
		expect(stale.statusCode).toBe(200);
		expect(stale.headers.etag).not.toBe(before.headers.etag);
		expect(stale.body).not.toBe(before.body);
	});

	it("keys answers on the validated parameters, so junk in the URL cannot force a recomputation", async () => {
		const plain = await testApp.app.inject({
			url: "/api/municipalities/1402/gap?year=2022",
		});
		for (const variant of [
			"/api/municipalities/1402/gap?year=2022&zz=1",
			"/api/municipalities/1402/gap?zz=2&year=02022",
			"/api/municipalities/1402/gap?year=2022&year2=x&",
		]) {
			const response = await testApp.app.inject({ url: variant });
			expect(response.statusCode, variant).toBe(200);
			expect(response.headers.etag, variant).toBe(plain.headers.etag);
			expect(response.body).toBe(plain.body);
		}
		const other = await testApp.app.inject({
			url: "/api/municipalities/1402/gap?year=2021",
		});
		expect(other.headers.etag).not.toBe(plain.headers.etag);
	});

	it("puts no ETag on errors", async () => {
		const response = await testApp.app.inject({
			url: "/api/municipalities/9999/ranking",
		});
		expect(response.statusCode).toBe(404);
		expect(response.headers.etag).toBeUndefined();
	});
});

describe("compressed answers", () => {
	it("sends br or gzip when the client takes it, each with its own ETag, decoding to the same JSON", async () => {
		const url = "/api/municipalities/1402/gap?year=2022";
		const plain = await testApp.app.inject({ url });
		for (const [accept, encoding] of [
			["br, gzip", "br"],
			["gzip, deflate", "gzip"],
			["br;q=0, gzip", "gzip"],
		] as const) {
			const response = await testApp.app.inject({
				url,
				headers: { "accept-encoding": accept },
			});
			expect(response.headers["content-encoding"], accept).toBe(encoding);
			expect(response.headers.vary).toBe("accept-encoding");
			const decoded =
				encoding === "br"
					? brotliDecompressSync(response.rawPayload)
					: gunzipSync(response.rawPayload);
			expect(decoded.toString()).toBe(plain.body);
			expect(response.headers.etag).not.toBe(plain.headers.etag);
			const again = await testApp.app.inject({
				url,
				headers: {
					"accept-encoding": accept,
					"if-none-match": String(response.headers.etag),
				},
			});
			expect(again.statusCode).toBe(304);
		}
	});

	it("chooses the encoding from Accept-Encoding", () => {
		expect(preferredEncoding(undefined)).toBeNull();
		expect(preferredEncoding("gzip, br")).toBe("br");
		expect(preferredEncoding("identity")).toBeNull();
		expect(preferredEncoding("br;q=0")).toBeNull();
	});
});

describe("readCacheKeyOf", () => {
	it("does not depend on the order of the parameters", () => {
		expect(readCacheKeyOf("/r", { code: "1402" }, { a: 1, b: 2 })).toBe(
			readCacheKeyOf("/r", { code: "1402" }, { b: 2, a: 1 }),
		);
		expect(readCacheKeyOf("/r", {}, { a: 1 })).not.toBe(
			readCacheKeyOf("/s", {}, { a: 1 }),
		);
	});
});
