import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError } from "../../schemas/errors.ts";
import type {
	ImportRunList,
	UploadRefusal,
	UploadResult,
} from "../../schemas/imports.ts";
import { addTestAccount, logIn } from "../../test/accounts.ts";
import {
	ADMIN_TOKEN,
	createUploadTestApp,
	fixture,
	multipartBody,
	type UploadPart,
	type UploadTestApp,
} from "./testUpload.ts";
import { MAX_UPLOAD_BYTES, uploadLabel } from "./upload.ts";

const AUTH = { authorization: `Bearer ${ADMIN_TOKEN}` };

/** Each upload from its own address, so that the rate limit only bites where it is tested. */
let clients = 0;
function nextClient(): string {
	clients++;
	return `10.0.${clients >> 8}.${clients & 255}`;
}

async function upload(
	testApp: UploadTestApp,
	parts: UploadPart[],
	options: { headers?: Record<string, string>; query?: string } = {},
) {
	const { payload, contentType } = await multipartBody(parts);
	return testApp.app.inject({
		method: "POST",
		url: `/api/imports${options.query ?? ""}`,
		headers: { "content-type": contentType, ...AUTH, ...options.headers },
		payload,
		remoteAddress: nextClient(),
	});
}

function filePart(path: string, fileName = path.split("/").pop()): UploadPart {
	return { name: "file", value: fixture(path), fileName };
}

function countRuns(testApp: UploadTestApp): number {
	return testApp.database.handle.sqlite
		.prepare("select count(*) from import_run")
		.pluck()
		.get() as number;
}

function snapshot(testApp: UploadTestApp): unknown[] {
	const { sqlite } = testApp.database.handle;
	return ["sn_result", "import_run", "insikt_result"].map((table) =>
		sqlite.prepare(`select * from ${table} order by 1`).all(),
	);
}

describe("POST /api/imports", () => {
	let testApp: UploadTestApp;
	beforeAll(async () => {
		testApp = await createUploadTestApp();
	});
	afterAll(() => testApp.close());

	it("previews a file with dryRun=true and writes nothing", async () => {
		const before = snapshot(testApp);
		const response = await upload(
			testApp,
			[filePart("sn-ranking/long-semicolon.csv")],
			{ query: "?dryRun=true" },
		);
		expect(response.statusCode).toBe(200);
		expect(response.json<UploadResult>()).toMatchObject({
			outcome: "dry-run",
			runId: null,
			fileName: "long-semicolon.csv",
			source: "sn-ranking",
			years: [{ year: 2023, incoming: 2 }],
			errors: [],
		});
		expect(snapshot(testApp)).toEqual(before);
	});

	it("takes dryRun as a form field too", async () => {
		const response = await upload(testApp, [
			{ name: "dryRun", value: "true" },
			filePart("sn-ranking/long-semicolon.csv"),
		]);
		expect(response.json<UploadResult>().outcome).toBe("dry-run");
	});

	it("imports through the CLI's path with provenance imported, then lists the run first", async () => {
		const response = await upload(testApp, [
			filePart("sn-ranking/long-semicolon.csv"),
		]);
		expect(response.statusCode).toBe(200);
		const result = response.json<UploadResult>();
		expect(result).toMatchObject({
			outcome: "imported",
			rows: 2,
			years: [{ year: 2023, incoming: 2, replaced: 0 }],
		});
		expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
		expect(result.warnings[0]?.formatted).toMatch(
			/^long-semicolon\.csv: 2023: ranks for 2 of 290/,
		);
		const provenance = testApp.database.handle.sqlite
			.prepare(
				"select distinct provenance from sn_result where import_run_id = ?",
			)
			.pluck()
			.all(result.runId);
		expect(provenance).toEqual(["imported"]);

		const list = await testApp.app.inject({ url: "/api/imports" });
		expect(list.statusCode).toBe(200);
		const [newest] = list.json<ImportRunList>().runs;
		expect(newest).toMatchObject({
			id: result.runId,
			source: "sn-ranking",
			fileName: "long-semicolon.csv",
			sha256: result.sha256,
			rows: 2,
			provenance: "imported",
			status: "ok",
			warnings: result.warnings.length,
			errors: 0,
			years: [2023],
		});
	});

	it("answers the same file a second time with unchanged", async () => {
		const response = await upload(testApp, [
			filePart("sn-ranking/long-semicolon.csv"),
		]);
		expect(response.statusCode).toBe(200);
		expect(response.json<UploadResult>()).toMatchObject({
			outcome: "unchanged",
			years: [{ year: 2023, incoming: 2, replaced: 0 }],
		});
	});

	it("refuses a bad file with 422, every error as line, column and file:line:column, and writes nothing", async () => {
		const before = snapshot(testApp);
		const response = await upload(testApp, [
			filePart("sn-ranking/bad-values.csv"),
		]);
		expect(response.statusCode).toBe(422);
		const body = response.json<UploadRefusal>();
		expect(body.error).toMatchObject({ code: "import_refused", status: 422 });
		expect(body.outcome).toBe("refused");
		expect(body.errors.length).toBeGreaterThan(0);
		for (const issue of body.errors) {
			expect(issue.line).toEqual(expect.any(Number));
			expect(issue.column).toEqual(expect.any(Number));
			expect(issue.formatted).toBe(
				`bad-values.csv:${issue.line}:${issue.column}: ${issue.message}`,
			);
		}
		expect(body.errors.map((issue) => issue.line)).toContain(3);
		expect(snapshot(testApp)).toEqual(before);
	});

	it("uses the uploaded file name as a label only", async () => {
		const response = await upload(
			testApp,
			[
				{
					name: "file",
					value: fixture("sn-ranking/long-semicolon.csv"),
					fileName: "../../etc/rank\u0007ing 2023 <x>.csv",
				},
			],
			{ query: "?dryRun=true" },
		);
		expect(response.statusCode).toBe(200);
		expect(response.json<UploadResult>().fileName).toBe(
			"rank_ing 2023 _x_.csv",
		);
	});

	it("answers a file over the limit with 413", async () => {
		const big = new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x41);
		const response = await upload(testApp, [
			{ name: "file", value: big, fileName: "big.csv" },
		]);
		expect(response.statusCode).toBe(413);
		expect(response.json<ApiError>().error).toMatchObject({
			code: "payload_too_large",
			status: 413,
		});
	});

	it("asks for a file, one file, a known source and a true/false dryRun", async () => {
		const cases: [UploadPart[], RegExp][] = [
			[[{ name: "source", value: "sn-ranking" }], /field "file"/],
			[
				[
					filePart("sn-ranking/long-semicolon.csv"),
					{ ...filePart("sn-ranking/long-semicolon.csv"), name: "other" },
				],
				/exactly one file/,
			],
			[
				[
					{ name: "source", value: "nonsense" },
					filePart("sn-ranking/long-semicolon.csv"),
				],
				/"source" must be one of/,
			],
			[
				[
					{ name: "dryRun", value: "maybe" },
					filePart("sn-ranking/long-semicolon.csv"),
				],
				/"dryRun" must be true or false/,
			],
		];
		for (const [parts, message] of cases) {
			const response = await upload(testApp, parts);
			expect(response.statusCode).toBe(400);
			expect(response.json<ApiError>().error.message).toMatch(message);
		}
	});

	it("wants multipart/form-data", async () => {
		const response = await testApp.app.inject({
			method: "POST",
			url: "/api/imports",
			headers: AUTH,
			payload: { file: "År;Kommunkod;Placering" },
			remoteAddress: nextClient(),
		});
		expect(response.statusCode).toBe(415);
		expect(response.json<ApiError>().error.status).toBe(415);
	});
});

describe("POST /api/imports access", () => {
	let testApp: UploadTestApp;
	beforeAll(async () => {
		testApp = await createUploadTestApp();
	});
	afterAll(() => testApp.close());

	it("answers a missing, malformed or wrong token with 401 and writes nothing", async () => {
		const before = countRuns(testApp);
		const wrong = [
			{},
			{ authorization: "" },
			{ authorization: ADMIN_TOKEN },
			{ authorization: `Basic ${ADMIN_TOKEN}` },
			{ authorization: `Bearer ${ADMIN_TOKEN}x` },
			{ authorization: `Bearer ${ADMIN_TOKEN.slice(0, -1)}` },
			{ authorization: "Bearer a" },
		];
		for (const headers of wrong) {
			const { payload, contentType } = await multipartBody([
				filePart("sn-ranking/long-semicolon.csv"),
			]);
			const response = await testApp.app.inject({
				method: "POST",
				url: "/api/imports",
				headers: { "content-type": contentType, ...headers },
				payload,
			});
			expect(response.statusCode).toBe(401);
			expect(response.headers["www-authenticate"]).toMatch(/^Bearer/);
			expect(response.json<ApiError>().error).toMatchObject({
				code: "unauthorized",
				status: 401,
			});
		}
		expect(countRuns(testApp)).toBe(before);
	});

	it("limits refused attempts to 10 a minute per client, in a bucket of their own", async () => {
		const statuses: number[] = [];
		for (let i = 0; i < 11; i++) {
			const response = await testApp.app.inject({
				method: "POST",
				url: "/api/imports",
				headers: { authorization: "Bearer wrong" },
			});
			statuses.push(response.statusCode);
			if (response.statusCode === 429) {
				expect(Number(response.headers["retry-after"])).toBeGreaterThan(0);
				expect(response.json<ApiError>().error).toMatchObject({
					code: "rate_limited",
					status: 429,
				});
			}
		}
		// The previous test used 7 of the 10.
		expect(statuses.filter((status) => status === 429).length).toBe(8);
		expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
	});

	it("never locks the right token out after a flood of wrong ones from the same address", async () => {
		const response = await testApp.app.inject({
			method: "POST",
			url: "/api/imports",
			headers: AUTH,
			payload: { file: "x" },
		});
		expect(response.statusCode).toBe(415);
	});

	it("leaves the history readable without a token", async () => {
		const response = await testApp.app.inject({ url: "/api/imports?limit=1" });
		expect(response.statusCode).toBe(200);
		expect(response.json<ImportRunList>().runs).toHaveLength(1);
	});
});

describe("POST /api/imports without TOPP10_ADMIN_TOKEN", () => {
	it("refuses every upload with 403, even with a token", async () => {
		const testApp = await createUploadTestApp(null);
		try {
			const response = await upload(testApp, [
				filePart("sn-ranking/long-semicolon.csv"),
			]);
			expect(response.statusCode).toBe(403);
			expect(response.json<ApiError>().error).toMatchObject({
				code: "uploads_disabled",
				status: 403,
			});
			expect(countRuns(testApp)).toBe(1);
		} finally {
			await testApp.close();
		}
	});
});

describe("POST /api/imports with a session", () => {
	it("takes an admin session (with its CSRF token) without the admin token; an editor gets 403", async () => {
		const testApp = await createUploadTestApp(null);
		try {
			const { db } = testApp.database.handle;
			await addTestAccount(db, "admin", "admin");
			await addTestAccount(db, "anna.berg", "editor");
			const admin = await logIn(testApp.app, "admin");
			const editor = await logIn(testApp.app, "anna.berg");
			const file = [filePart("sn-ranking/long-semicolon.csv")];
			const asEditor = await upload(testApp, file, {
				headers: { ...editor.headers, authorization: "" },
			});
			expect(asEditor.statusCode).toBe(403);
			expect(asEditor.json<ApiError>().error.code).toBe("forbidden");
			const anonymous = await upload(testApp, file, {
				headers: { authorization: "" },
			});
			expect(anonymous.statusCode).toBe(401);
			const noCsrf = await upload(testApp, file, {
				headers: { cookie: admin.cookie, authorization: "" },
			});
			expect(noCsrf.statusCode).toBe(403);
			expect(noCsrf.json<ApiError>().error.code).toBe("csrf_invalid");
			const asAdmin = await upload(testApp, file, {
				headers: { ...admin.headers, authorization: "" },
			});
			expect(asAdmin.statusCode).toBe(200);
			expect(asAdmin.json<UploadResult>().outcome).toBe("imported");
			// The admin token (which no browser sends by itself) needs no CSRF token beside a cookie.
			const tokenApp = await createUploadTestApp(ADMIN_TOKEN);
			try {
				await addTestAccount(
					tokenApp.database.handle.db,
					"anna.berg",
					"editor",
				);
				const session = await logIn(tokenApp.app, "anna.berg");
				const withToken = await upload(tokenApp, file, {
					headers: { cookie: session.cookie },
				});
				expect(withToken.statusCode).toBe(200);
			} finally {
				await tokenApp.close();
			}
		} finally {
			await testApp.close();
		}
	});
});

describe("uploadLabel", () => {
	it("keeps the last path segment of either separator and replaces the rest", () => {
		expect(uploadLabel("C:\\Users\\x\\Ranking 2023.csv")).toBe(
			"Ranking 2023.csv",
		);
		expect(uploadLabel("../../.hidden")).toBe("hidden");
		expect(uploadLabel("Göteborg;2023\r\n.csv")).toBe("Göteborg_2023__.csv");
		expect(uploadLabel(undefined)).toBe("upload");
		expect(uploadLabel("a".repeat(500))).toHaveLength(120);
	});
});
