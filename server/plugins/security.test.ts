import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
	ADMIN_TOKEN,
	createUploadTestApp,
	fixture,
	multipartBody,
	type UploadTestApp,
} from "../routes/imports/testUpload.ts";
import type { ApiError } from "../schemas/errors.ts";
import { registerErrorHandling } from "./errors.ts";
import {
	API_CSP_DIRECTIVES,
	APP_CSP_DIRECTIVES,
	DOCS_CSP_DIRECTIVES,
	defaultPressureLimits,
	headerProfileOf,
	registerSecurity,
} from "./security.ts";

function directives(header: string | string[] | number | undefined) {
	return Object.fromEntries(
		String(header)
			.split(";")
			.map((part) => part.trim().split(/\s+/))
			.map(([name, ...values]) => [name, values]),
	);
}

function expected(policy: Record<string, string[] | null>) {
	return Object.fromEntries(
		Object.entries(policy).filter(
			(entry): entry is [string, string[]] => entry[1] !== null,
		),
	);
}

describe("security headers", () => {
	let testApp: UploadTestApp;
	beforeAll(async () => {
		testApp = await createUploadTestApp();
	});
	afterAll(() => testApp.close());

	it("gives pages a strict CSP without inline script or style, nosniff and no framing", async () => {
		const response = await testApp.app.inject({ url: "/faktorer" });
		const csp = directives(response.headers["content-security-policy"]);
		expect(csp).toEqual(expected(APP_CSP_DIRECTIVES));
		expect(csp["script-src"]).toEqual(["'self'"]);
		expect(csp["style-src"]).toEqual(["'self'"]);
		expect(csp["frame-ancestors"]).toEqual(["'none'"]);
		expect(response.headers["x-content-type-options"]).toBe("nosniff");
		expect(response.headers["x-frame-options"]).toBe("DENY");
		expect(response.headers["referrer-policy"]).toBe("no-referrer");
	});

	it("gives JSON answers a policy that allows nothing, and nosniff", async () => {
		const response = await testApp.app.inject({ url: "/api/imports" });
		expect(response.statusCode).toBe(200);
		expect(directives(response.headers["content-security-policy"])).toEqual(
			expected(API_CSP_DIRECTIVES),
		);
		expect(response.headers["x-content-type-options"]).toBe("nosniff");
		expect(response.headers["cross-origin-resource-policy"]).toBe(
			"same-origin",
		);
		expect(response.headers["referrer-policy"]).toBe("no-referrer");
	});

	it("sorts routes into pages, API and docs", () => {
		expect(headerProfileOf("/api/municipalities/:code/ranking")).toBe("api");
		expect(headerProfileOf("/api/docs")).toBe("docs");
		expect(headerProfileOf("/api/docs/static/*")).toBe("docs");
		expect(headerProfileOf("/api/documents")).toBe("api");
		expect(headerProfileOf("/")).toBe("page");
		expect(headerProfileOf("/apikey")).toBe("page");
	});

	it("sends the same headers on errors", async () => {
		const response = await testApp.app.inject({ url: "/api/nowhere" });
		expect(response.statusCode).toBe(404);
		expect(response.headers["content-security-policy"]).toContain(
			"script-src 'self'",
		);
		expect(response.headers["x-content-type-options"]).toBe("nosniff");
	});

	it("answers no cross-origin requests: no CORS headers, no preflight", async () => {
		const origin = { origin: "https://evil.example" };
		const get = await testApp.app.inject({
			url: "/api/imports",
			headers: origin,
		});
		expect(get.headers["access-control-allow-origin"]).toBeUndefined();
		expect(get.headers["cross-origin-resource-policy"]).toBe("same-origin");
		const preflight = await testApp.app.inject({
			method: "OPTIONS",
			url: "/api/imports",
			headers: { ...origin, "access-control-request-method": "POST" },
		});
		expect(preflight.statusCode).toBe(404);
		expect(preflight.headers["access-control-allow-origin"]).toBeUndefined();
	});

	it("gives /api/docs its own policy, which Swagger UI can live with", async () => {
		const page = await testApp.app.inject({ url: "/api/docs/" });
		expect(page.statusCode).toBe(200);
		expect(page.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
		expect(directives(page.headers["content-security-policy"])).toEqual(
			expected(DOCS_CSP_DIRECTIVES),
		);
		const json = await testApp.app.inject({ url: "/api/docs/json" });
		expect(json.statusCode).toBe(200);
		expect(Object.keys(json.json<{ paths: object }>().paths)).toContain(
			"/api/imports/",
		);
	});
});

describe("load shedding", () => {
	it("answers 503 with Retry-After and the error shape when under pressure", async () => {
		const app = Fastify();
		await registerErrorHandling(app);
		// A heap limit of one byte: under pressure from the first sample on.
		await registerSecurity(app, {
			pressure: { maxHeapUsedBytes: 1, sampleIntervalMs: 5 },
		});
		app.get("/x", async () => ({ ok: true }));
		await app.ready();
		try {
			let response = await app.inject({ url: "/x" });
			for (
				let attempt = 0;
				attempt < 200 && response.statusCode !== 503;
				attempt++
			) {
				await new Promise((resolve) => setTimeout(resolve, 10));
				response = await app.inject({ url: "/x" });
			}
			expect(response.statusCode).toBe(503);
			expect(response.headers["retry-after"]).toBe("10");
			expect(response.json<ApiError>().error).toMatchObject({
				code: "overloaded",
				status: 503,
			});
		} finally {
			await app.close();
		}
	});

	it("sheds only a stuck loop or a nearly full heap", () => {
		const limits = defaultPressureLimits();
		expect(limits.maxEventLoopDelayMs).toBeGreaterThanOrEqual(1000);
		expect(limits.maxHeapUsedBytes).toBeGreaterThan(256 * 1024 * 1024);
		expect(limits.retryAfterSeconds).toBeGreaterThan(0);
	});
});

describe("what leaves the server", () => {
	it("never logs the admin token and never answers with a stack trace", async () => {
		const lines: string[] = [];
		const testApp = await createUploadTestApp(ADMIN_TOKEN, {
			level: "trace",
			stream: { write: (line) => void lines.push(line) },
		});
		try {
			const { payload, contentType } = await multipartBody([
				{
					name: "file",
					value: fixture("sn-ranking/long-semicolon.csv"),
					fileName: "ok.csv",
				},
			]);
			for (const authorization of [
				`Bearer ${ADMIN_TOKEN}`,
				`Bearer ${ADMIN_TOKEN}-wrong`,
			])
				await testApp.app.inject({
					method: "POST",
					url: "/api/imports",
					headers: { authorization, "content-type": contentType },
					payload,
				});
			testApp.app.log.info(
				{ headers: { authorization: `Bearer ${ADMIN_TOKEN}` } },
				"a careless log line",
			);

			// A broken database: the answer is the generic 500, without a stack or a path.
			testApp.database.handle.sqlite.close();
			const broken = await testApp.app.inject({ url: "/api/imports" });
			expect(broken.statusCode).toBe(500);
			expect(broken.json<ApiError>().error).toMatchObject({
				code: "internal_error",
				status: 500,
			});
			expect(broken.body).not.toMatch(/\bat |\.ts\b|node_modules|database/i);

			const log = lines.join("");
			expect(log).toContain("a careless log line");
			expect(log).toContain("[redacted]");
			expect(log).not.toContain(ADMIN_TOKEN);
		} finally {
			await testApp.app.close();
		}
	});
});
