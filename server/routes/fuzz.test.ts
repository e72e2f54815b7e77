import fc from "fast-check";
import type { FastifyInstance, HTTPMethods } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test/testApp.ts";
import {
	ADMIN_TOKEN,
	createUploadTestApp,
	fixture,
	multipartBody,
	type UploadTestApp,
} from "./imports/testUpload.ts";

/** FUZZ_RUNS=5000 FUZZ_SEED=… for a longer search. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 20260501);

const METHODS: HTTPMethods[] = [
	"GET",
	"HEAD",
	"POST",
	"PUT",
	"DELETE",
	"PATCH",
	"OPTIONS",
];

/** A path segment: plain, percent-encoded, malformed escapes, dots, very long, or a real code. */
const segment = fc.oneof(
	fc.constantFrom(
		"1402",
		"0114",
		"0000",
		"9999",
		"14021",
		"abcd",
		"",
		".",
		"..",
		"%",
		"%zz",
		"%00",
		"%2F",
		"%2e%2e",
		"%C3%A5",
		"%FF%FE",
		"ranking",
		"gap",
		"insikt",
		"-1",
		"1e3",
		"x".repeat(5000),
	),
	fc.string({ maxLength: 10 }).map(encodeURIComponent),
	fc.stringMatching(/^[0-9A-Za-z._~-]{0,8}$/),
);

const PARAMETERS = [
	"year",
	"codes",
	"group",
	"targetYear",
	"targetRank",
	"from",
	"limit",
	"dryRun",
	"source",
	"code",
	"__proto__",
	"constructor",
];
const value = fc.oneof(
	fc.constantFrom(
		"2023",
		"1999",
		"0",
		"-1",
		"99999999999999999999",
		"1e309",
		"1e400",
		"Infinity",
		"-Infinity",
		"NaN",
		"true",
		"",
		"1402,1401",
		"1402,,1402",
		",".repeat(200),
		"GR",
		"lan:14",
		"kommungrupp:A2",
		"sn-ranking",
		"%",
		"[]",
		"{}",
	),
	fc.string({ maxLength: 12 }).map(encodeURIComponent),
	fc.integer().map(String),
);
const query = fc
	.array(fc.tuple(fc.constantFrom(...PARAMETERS), value), { maxLength: 5 })
	.map((pairs) =>
		pairs.length === 0
			? ""
			: `?${pairs.map(([key, v]) => `${key}=${v}`).join("&")}`,
	);

const PREFIXES = [
	"/api/municipalities",
	"/api/municipalities/1402",
	"/api/compare",
	"/api/what-if",
	"/api/imports",
	"/api/years",
	"/api/groups",
	"/api/health",
	"/api/docs",
	"/api",
	"",
];
const path = fc
	.tuple(
		fc.constantFrom(...PREFIXES),
		fc.array(segment, { maxLength: 3 }),
		query,
	)
	.map(
		([prefix, segments, q]) =>
			`${prefix}${segments.map((s) => `/${s}`).join("")}${q}`,
	);

const body = fc.oneof(
	fc.constant(undefined),
	fc.jsonValue().map((v) => JSON.stringify(v)),
	fc
		.record({
			year: fc.oneof(fc.integer(), fc.string()),
			code: fc.oneof(fc.constant("1402"), fc.string()),
			changes: fc.dictionary(
				fc.string({ maxLength: 12 }),
				fc.oneof(fc.double(), fc.string(), fc.constant(null)),
			),
		})
		.map((v) => JSON.stringify(v)),
	fc.string({ maxLength: 200 }),
);
const contentType = fc.constantFrom(
	"application/json",
	"text/plain",
	"multipart/form-data; boundary=x",
	"multipart/form-data",
	"application/x-www-form-urlencoded",
	"application/json; charset=latin1",
);

async function expectNoServerError(
	app: FastifyInstance,
	request: {
		method: HTTPMethods;
		url: string;
		payload?: string | Buffer;
		headers?: Record<string, string>;
	},
): Promise<void> {
	const response = await app.inject(request);
	const where = `${request.method} ${request.url.slice(0, 300)}`;
	expect(
		response.statusCode,
		`${where} → ${response.body.slice(0, 300)}`,
	).toBeLessThan(500);
	const isJson = String(response.headers["content-type"]).startsWith(
		"application/json",
	);
	if (response.statusCode >= 400 && isJson && request.method !== "HEAD") {
		const error = response.json<{ error?: { status?: number } }>().error;
		expect(error?.status, where).toBe(response.statusCode);
	}
}

describe("the API on random requests", () => {
	let testApp: TestApp;
	beforeAll(async () => {
		testApp = await createTestApp();
	});
	afterAll(() => testApp.close());

	it("never answers 5xx to random paths and query strings", async () => {
		await fc.assert(
			fc.asyncProperty(fc.constantFrom(...METHODS), path, (method, url) =>
				expectNoServerError(testApp.app, { method, url }),
			),
			{ numRuns: RUNS, seed: SEED },
		);
	});

	it("never answers 5xx to random bodies", async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.constantFrom<HTTPMethods>("POST", "PUT"),
				path,
				body,
				contentType,
				(method, url, payload, type) =>
					expectNoServerError(testApp.app, {
						method,
						url,
						...(payload === undefined ? {} : { payload }),
						headers: { "content-type": type },
					}),
			),
			{ numRuns: RUNS, seed: SEED },
		);
	});

	it("never answers 5xx to what-if bodies", async () => {
		await fc.assert(
			fc.asyncProperty(body, (payload) =>
				expectNoServerError(testApp.app, {
					method: "POST",
					url: "/api/what-if",
					payload: payload ?? "{}",
					headers: { "content-type": "application/json" },
				}),
			),
			{ numRuns: RUNS, seed: SEED },
		);
	});
});

describe("POST /api/imports on random multipart bodies", () => {
	let testApp: UploadTestApp;
	let valid: { payload: Buffer; contentType: string };
	beforeAll(async () => {
		testApp = await createUploadTestApp();
		valid = await multipartBody([
			{ name: "dryRun", value: "true" },
			{
				name: "file",
				value: fixture("sn-ranking/long-semicolon.csv"),
				fileName: "ok.csv",
			},
		]);
	});
	afterAll(() => testApp.close());

	it("never answers 5xx, whatever the body", async () => {
		let client = 0;
		await fc.assert(
			fc.asyncProperty(
				fc.array(
					fc.record({
						at: fc.nat(),
						cut: fc.integer({ min: 0, max: 20 }),
						bytes: fc.uint8Array({ maxLength: 8 }),
					}),
					{ maxLength: 4 },
				),
				fc.boolean(),
				async (edits, keepType) => {
					const bytes = [...valid.payload];
					for (const edit of edits)
						bytes.splice(edit.at % (bytes.length + 1), edit.cut, ...edit.bytes);
					client++;
					const response = await testApp.app.inject({
						method: "POST",
						url: "/api/imports",
						payload: Buffer.from(bytes),
						headers: {
							authorization: `Bearer ${ADMIN_TOKEN}`,
							"content-type": keepType
								? valid.contentType
								: "multipart/form-data; boundary=nope",
						},
						// Its own address per request: the upload rate limit is not what is tested here.
						remoteAddress: `10.1.${client >> 8}.${client & 255}`,
					});
					expect(response.statusCode, response.body.slice(0, 300)).toBeLessThan(
						500,
					);
				},
			),
			{ numRuns: RUNS, seed: SEED },
		);
	});
});
