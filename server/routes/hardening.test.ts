import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError } from "../schemas/errors.ts";
import { createTestApp, type TestApp } from "../test/testApp.ts";

let testApp: TestApp;
beforeAll(async () => {
	testApp = await createTestApp();
});
afterAll(() => testApp.close());

const NON_FINITE = ["Infinity", "-Infinity", "1e400", "-1e400"];

const INTEGER_PARAMETERS = [
	["/api/municipalities/1402/gap", "year"],
	["/api/municipalities/1402/ranking", "targetYear"],
	["/api/municipalities/1402/ranking", "targetRank"],
	["/api/municipalities/1402/ranking", "from"],
	["/api/municipalities/1402/insikt", "year"],
	["/api/compare", "year"],
	["/api/imports", "limit"],
] as const;

describe("numbers that are not finite", () => {
	for (const [route, parameter] of INTEGER_PARAMETERS) {
		it(`are refused with 400 in ${route}?${parameter}=`, async () => {
			for (const value of NON_FINITE) {
				const response = await testApp.app.inject({
					url: `${route}?${parameter}=${value}`,
				});
				expect(response.statusCode, value).toBe(400);
				expect(response.json<ApiError>().error).toMatchObject({
					code: "bad_request",
					status: 400,
				});
				expect(response.json<ApiError>().error.message).toContain(
					`"${parameter}"`,
				);
			}
		});
	}

	it("are refused in a what-if body", async () => {
		const response = await testApp.app.inject({
			method: "POST",
			url: "/api/what-if",
			headers: { "content-type": "application/json" },
			payload:
				'{"code":"1402","year":2023,"changes":{"sammanfattande-omdome":1e400}}',
		});
		expect(response.statusCode).toBe(400);
		expect(response.json<ApiError>().error.message).toContain(
			"changes.sammanfattande-omdome",
		);
	});
});

describe("every error in the API's shape", () => {
	it("answers an unknown route with 404", async () => {
		const response = await testApp.app.inject({ url: "/api/nothing-here" });
		expect(response.statusCode).toBe(404);
		expect(response.json<ApiError>().error.status).toBe(404);
	});

	it("answers a body in an unsupported content type with 415", async () => {
		const response = await testApp.app.inject({
			method: "POST",
			url: "/api/what-if",
			headers: { "content-type": "text/xml" },
			payload: "<x/>",
		});
		expect(response.statusCode).toBe(415);
		expect(response.json<ApiError>().error).toMatchObject({
			code: "unsupported_media_type",
			status: 415,
		});
	});

	it("answers malformed JSON with 400", async () => {
		const response = await testApp.app.inject({
			method: "POST",
			url: "/api/what-if",
			headers: { "content-type": "application/json" },
			payload: '{"code": ',
		});
		expect(response.statusCode).toBe(400);
		expect(response.json<ApiError>().error.message).toBe(
			"The request body is not valid JSON.",
		);
	});

	it("answers an oversized JSON body with 413", async () => {
		const response = await testApp.app.inject({
			method: "POST",
			url: "/api/what-if",
			headers: { "content-type": "application/json" },
			payload: `{"pad":"${"x".repeat(1_100_000)}"}`,
		});
		expect(response.statusCode).toBe(413);
		expect(response.json<ApiError>().error.code).toBe("payload_too_large");
	});

	it("answers headers over Node's 16 KB limit with 431 over real HTTP", async () => {
		const address = await testApp.app.listen({ port: 0, host: "127.0.0.1" });
		const { port } = new URL(address);
		const answer = await new Promise<string>((resolve, reject) => {
			const socket = connect(Number(port), "127.0.0.1");
			let text = "";
			socket.on("data", (chunk) => {
				text += chunk.toString();
			});
			socket.on("end", () => resolve(text));
			socket.on("error", reject);
			socket.write(
				`GET /api/years HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`,
			);
		});
		expect(answer).toMatch(/^HTTP\/1\.1 431 /);
		const body = JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4));
		expect(body.error).toMatchObject({
			code: "headers_too_large",
			status: 431,
		});
	});
});

describe("behind a reverse proxy (TRUST_PROXY)", () => {
	it("rate-limits by the forwarded client address only when told to trust the proxy", async () => {
		const { buildApp } = await import("../app.ts");
		const proxied = await buildApp({
			db: testApp.database.handle.db,
			clientDir: null,
			adminToken: "a-token-of-sixteen-chars",
			trustProxy: true,
		});
		const attempt = (client: string) =>
			proxied.inject({
				method: "POST",
				url: "/api/imports",
				headers: { authorization: "Bearer wrong", "x-forwarded-for": client },
			});
		for (let i = 0; i < 10; i++) await attempt("203.0.113.7");
		expect((await attempt("203.0.113.7")).statusCode).toBe(429);
		expect((await attempt("203.0.113.8")).statusCode).toBe(401);
		await proxied.close();
	});
});

describe("costly requests per client", () => {
	it("answers 429 with Retry-After once a client has caused too many computations", async () => {
		const { buildApp } = await import("../app.ts");
		const app = await buildApp({
			db: testApp.database.handle.db,
			clientDir: null,
		});
		const statuses: number[] = [];
		for (let year = 1990; year < 2100 && statuses.length < 245; year++)
			for (const route of ["gap", "insikt", "ranking"]) {
				const query =
					route === "ranking"
						? `targetYear=${Math.max(year, 2000)}&from=${year}`
						: `year=${year}`;
				const response = await app.inject({
					url: `/api/municipalities/1402/${route}?${query}`,
				});
				statuses.push(response.statusCode);
				if (response.statusCode === 429) {
					expect(Number(response.headers["retry-after"])).toBeGreaterThan(0);
					expect(response.json<ApiError>().error.code).toBe("rate_limited");
				}
			}
		expect(statuses.slice(0, 240)).not.toContain(429);
		expect(statuses.slice(240)).toContain(429);
		// Answers already computed are still served to that client.
		const known = await app.inject({
			url: "/api/municipalities/1402/gap?year=2023",
		});
		expect(known.statusCode).toBe(200);
		await app.close();
	});
});
