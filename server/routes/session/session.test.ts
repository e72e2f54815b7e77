import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CSRF_HEADER } from "../../plugins/auth.ts";
import type { ApiError } from "../../schemas/errors.ts";
import type { Session, SessionState } from "../../schemas/session.ts";
import type { UserList } from "../../schemas/users.ts";
import {
	addTestAccount,
	type LoggedIn,
	logIn,
	nextAddress,
	TEST_PASSWORD,
} from "../../test/accounts.ts";
import { createTestApp, type TestApp } from "../../test/testApp.ts";

const ACTION = {
	title: "Företagslotsen",
	owner: { department: "Kommunledningskontoret" },
};

/** A clock the tests move forward. */
let now = new Date("2026-05-15T08:00:00Z");
let testApp: TestApp;

beforeAll(async () => {
	testApp = await createTestApp({
		bundled: false,
		now: () => now,
		sessionHours: 8,
		loginLimits: {
			perAccountAndAddress: 3,
			perAddress: 10,
			windowMs: 15 * 60_000,
		},
	});
	const { db } = testApp.database.handle;
	await addTestAccount(db, "anna.berg", "editor");
	await addTestAccount(db, "admin", "admin");
});
afterAll(() => testApp.close());

function createAction(headers: Record<string, string> = {}) {
	return testApp.app.inject({
		method: "POST",
		url: "/api/actions",
		payload: ACTION,
		headers,
	});
}

describe("POST /api/session", () => {
	it("sets an HttpOnly SameSite=Strict cookie with an expiry and answers the CSRF token", async () => {
		const response = await testApp.app.inject({
			method: "POST",
			url: "/api/session",
			payload: { name: "Anna.Berg", password: TEST_PASSWORD },
			remoteAddress: nextAddress(),
		});
		expect(response.statusCode).toBe(200);
		const body = response.json<Session>();
		expect(body).toMatchObject({
			user: { name: "anna.berg", role: "editor" },
			expiresAt: "2026-05-15T16:00:00.000Z",
		});
		expect(body.csrfToken).toMatch(/^[\w-]{43}$/);
		const cookie = String(response.headers["set-cookie"]);
		expect(cookie).toMatch(
			/^topp10_session=[\w-]{43}; Path=\/; Max-Age=28800; Expires=Fri, 15 May 2026 16:00:00 GMT; HttpOnly; SameSite=Strict$/,
		);
		expect(response.headers["cache-control"]).toBe("no-store");
	});

	it("marks the cookie Secure when the request came over HTTPS (through a trusted proxy)", async () => {
		const proxied = await createTestApp({ bundled: false, trustProxy: true });
		try {
			await addTestAccount(proxied.database.handle.db, "anna.berg", "editor");
			const response = await proxied.app.inject({
				method: "POST",
				url: "/api/session",
				payload: { name: "anna.berg", password: TEST_PASSWORD },
				headers: { "x-forwarded-proto": "https" },
			});
			expect(String(response.headers["set-cookie"])).toMatch(/; Secure$/);
		} finally {
			await proxied.close();
		}
	});

	it("answers a wrong password and an unknown name alike, with 401", async () => {
		for (const name of ["anna.berg", "nobody"]) {
			const response = await testApp.app.inject({
				method: "POST",
				url: "/api/session",
				payload: { name, password: "wrong password!" },
				remoteAddress: nextAddress(),
			});
			expect(response.statusCode).toBe(401);
			expect(response.json<ApiError>().error).toEqual({
				code: "invalid_credentials",
				message: "The name or the password is wrong.",
				status: 401,
			});
			expect(response.headers["set-cookie"]).toBeUndefined();
		}
	});

	it("limits attempts per account and address: 429 with Retry-After", async () => {
		const address = nextAddress();
		const attempt = (password: string, remoteAddress = address) =>
			testApp.app.inject({
				method: "POST",
				url: "/api/session",
				payload: { name: "anna.berg", password },
				remoteAddress,
			});
		for (let i = 0; i < 3; i++)
			expect((await attempt("wrong password!")).statusCode).toBe(401);
		const limited = await attempt(TEST_PASSWORD);
		expect(limited.statusCode).toBe(429);
		expect(limited.headers["retry-after"]).toBe("900");
		expect(limited.json<ApiError>().error).toMatchObject({
			code: "rate_limited",
			status: 429,
		});
		// The same account from elsewhere, and later from here, still gets in.
		expect((await attempt(TEST_PASSWORD, nextAddress())).statusCode).toBe(200);
		const before = now;
		now = new Date(now.getTime() + 15 * 60_000);
		try {
			expect((await attempt(TEST_PASSWORD)).statusCode).toBe(200);
		} finally {
			now = before;
		}
	});

	it("refuses a body without a password with 400 naming the field", async () => {
		const response = await testApp.app.inject({
			method: "POST",
			url: "/api/session",
			payload: { name: "anna.berg" },
		});
		expect(response.statusCode).toBe(400);
		expect(response.json<ApiError>().error.field).toBe("password");
	});
});

describe("writes need a session and its CSRF token", () => {
	let editor: LoggedIn;
	beforeAll(async () => {
		editor = await logIn(testApp.app, "anna.berg");
	});

	it("no session → 401 on every write", async () => {
		const create = await createAction();
		expect(create.statusCode).toBe(401);
		expect(create.json<ApiError>().error.code).toBe("login_required");
		for (const [method, url] of [
			["PATCH", "/api/actions/1"],
			["POST", "/api/actions/1/notes"],
		] as const) {
			const response = await testApp.app.inject({
				method,
				url,
				payload: { text: "x" },
			});
			expect(response.statusCode).toBe(401);
		}
	});

	it("a session without the CSRF token, or with a wrong one → 403", async () => {
		const missing = await createAction({ cookie: editor.cookie });
		expect(missing.statusCode).toBe(403);
		expect(missing.json<ApiError>().error.code).toBe("csrf_invalid");
		const wrong = await createAction({
			cookie: editor.cookie,
			[CSRF_HEADER]: `${editor.csrfToken.slice(0, -1)}x`,
		});
		expect(wrong.statusCode).toBe(403);
		const other = await logIn(testApp.app, "admin");
		const crossed = await createAction({
			cookie: editor.cookie,
			[CSRF_HEADER]: other.csrfToken,
		});
		expect(crossed.statusCode).toBe(403);
		expect((await createAction(editor.headers)).statusCode).toBe(201);
	});

	it("a POST that changes nothing (the what-if) needs no CSRF token", async () => {
		const whatIf = await testApp.app.inject({
			method: "POST",
			url: "/api/what-if",
			payload: { code: "1402", year: 2023, changes: {} },
			headers: { cookie: editor.cookie },
		});
		expect(whatIf.statusCode).not.toBe(403);
		expect(whatIf.statusCode).toBeLessThan(500);
	});

	it("GET /api/session gives the CSRF token again, for a reloaded page", async () => {
		const state = await testApp.app.inject({
			url: "/api/session",
			headers: { cookie: editor.cookie },
		});
		expect(state.json<SessionState>()).toEqual({
			session: {
				user: { name: "anna.berg", role: "editor" },
				csrfToken: editor.csrfToken,
				expiresAt: "2026-05-15T16:00:00.000Z",
			},
			privateMode: false,
		});
		const anonymous = await testApp.app.inject({ url: "/api/session" });
		expect(anonymous.json<SessionState>().session).toBeNull();
	});

	it("an expired session → 401 session_expired, and the cookie is removed", async () => {
		const later = await logIn(testApp.app, "anna.berg");
		const before = now;
		now = new Date(now.getTime() + 8 * 3600_000);
		try {
			const response = await createAction(later.headers);
			expect(response.statusCode).toBe(401);
			expect(response.json<ApiError>().error.code).toBe("session_expired");
			expect(String(response.headers["set-cookie"])).toContain("Max-Age=0");
		} finally {
			now = before;
		}
		// It is gone, not just out of date: turning the clock back does not revive it.
		expect((await createAction(later.headers)).statusCode).toBe(401);
	});

	it("an invented session cookie → 401", async () => {
		const response = await createAction({
			cookie: `topp10_session=${"a".repeat(43)}`,
			[CSRF_HEADER]: "x",
		});
		expect(response.statusCode).toBe(401);
		expect(response.json<ApiError>().error.code).toBe("session_expired");
	});

	it("DELETE /api/session logs out (with the CSRF token) and the session stops working", async () => {
		const session = await logIn(testApp.app, "anna.berg");
		const noToken = await testApp.app.inject({
			method: "DELETE",
			url: "/api/session",
			headers: { cookie: session.cookie },
		});
		expect(noToken.statusCode).toBe(403);
		const out = await testApp.app.inject({
			method: "DELETE",
			url: "/api/session",
			headers: session.headers,
		});
		expect(out.statusCode).toBe(204);
		expect(String(out.headers["set-cookie"])).toContain("Max-Age=0");
		expect((await createAction(session.headers)).statusCode).toBe(401);
	});
});

describe("/api/users is for admins", () => {
	it("an editor cannot manage users (403); no session gets 401", async () => {
		const editor = await logIn(testApp.app, "anna.berg");
		const list = await testApp.app.inject({
			url: "/api/users",
			headers: { cookie: editor.cookie },
		});
		expect(list.statusCode).toBe(403);
		expect(list.json<ApiError>().error.code).toBe("forbidden");
		const add = await testApp.app.inject({
			method: "POST",
			url: "/api/users",
			payload: { name: "eve", role: "admin", password: "a long password" },
			headers: editor.headers,
		});
		expect(add.statusCode).toBe(403);
		const remove = await testApp.app.inject({
			method: "DELETE",
			url: "/api/users/admin",
			headers: editor.headers,
		});
		expect(remove.statusCode).toBe(403);
		expect((await testApp.app.inject({ url: "/api/users" })).statusCode).toBe(
			401,
		);
	});

	it("an admin adds, changes and removes accounts; never the last admin", async () => {
		const admin = await logIn(testApp.app, "admin");
		const add = await testApp.app.inject({
			method: "POST",
			url: "/api/users",
			payload: {
				name: "Bo.Ek",
				role: "editor",
				password: "ett långt lösenord",
			},
			headers: admin.headers,
		});
		expect(add.statusCode).toBe(201);
		expect(add.json()).toMatchObject({ name: "bo.ek", role: "editor" });
		const weak = await testApp.app.inject({
			method: "POST",
			url: "/api/users",
			payload: { name: "cy", role: "editor", password: "kort" },
			headers: admin.headers,
		});
		expect(weak.json<ApiError>().error).toMatchObject({
			code: "weak_password",
			field: "password",
		});
		const demote = await testApp.app.inject({
			method: "PATCH",
			url: "/api/users/admin",
			payload: { role: "editor" },
			headers: admin.headers,
		});
		expect(demote.statusCode).toBe(409);
		expect(demote.json<ApiError>().error.code).toBe("last_admin");
		const list = await testApp.app.inject({
			url: "/api/users",
			headers: { cookie: admin.cookie },
		});
		expect(list.json<UserList>().users.map((u) => u.name)).toEqual([
			"admin",
			"anna.berg",
			"bo.ek",
		]);
		expect(list.body).not.toContain("scrypt");
		const remove = await testApp.app.inject({
			method: "DELETE",
			url: "/api/users/bo.ek",
			headers: admin.headers,
		});
		expect(remove.statusCode).toBe(204);
	});

	it("a new password ends the account's sessions", async () => {
		const admin = await logIn(testApp.app, "admin");
		const editor = await logIn(testApp.app, "anna.berg");
		const change = await testApp.app.inject({
			method: "PATCH",
			url: "/api/users/anna.berg",
			payload: { password: "ett helt nytt lösenord" },
			headers: admin.headers,
		});
		expect(change.statusCode).toBe(200);
		expect((await createAction(editor.headers)).statusCode).toBe(401);
		await testApp.app.inject({
			method: "PATCH",
			url: "/api/users/anna.berg",
			payload: { password: TEST_PASSWORD },
			headers: admin.headers,
		});
	});
});

describe("TOPP10_PRIVATE=1", () => {
	let privateApp: TestApp;
	beforeAll(async () => {
		privateApp = await createTestApp({ bundled: true, privateMode: true });
		await addTestAccount(privateApp.database.handle.db, "anna.berg", "editor");
	});
	afterAll(() => privateApp.close());

	it("every read needs a login; the login, health and docs stay open", async () => {
		for (const url of [
			"/api/municipalities",
			"/api/municipalities/1402/ranking",
			"/api/actions",
			"/api/imports",
		]) {
			const response = await privateApp.app.inject({ url });
			expect(response.statusCode, url).toBe(401);
			expect(response.json<ApiError>().error.code).toBe("login_required");
		}
		expect(
			(await privateApp.app.inject({ url: "/api/health" })).statusCode,
		).toBe(200);
		const state = await privateApp.app.inject({ url: "/api/session" });
		expect(state.json<SessionState>()).toEqual({
			session: null,
			privateMode: true,
		});
		const session = await logIn(privateApp.app, "anna.berg");
		const read = await privateApp.app.inject({
			url: "/api/municipalities/1402/ranking",
			headers: { cookie: session.cookie },
		});
		expect(read.statusCode).toBe(200);
		expect(read.headers["cache-control"]).toBe("private, no-cache");
		// A cached answer is not handed out without the login either.
		const again = await privateApp.app.inject({
			url: "/api/municipalities/1402/ranking",
			headers: { "if-none-match": String(read.headers.etag) },
		});
		expect(again.statusCode).toBe(401);
	});
});

describe("logs and the API description", () => {
	it("never carry the password, the session token or the CSRF token", async () => {
		const lines: string[] = [];
		const logged = await createTestApp({
			bundled: false,
			logger: { level: "trace", stream: { write: (line) => lines.push(line) } },
		});
		try {
			await addTestAccount(logged.database.handle.db, "anna.berg", "editor");
			await logged.app.inject({
				method: "POST",
				url: "/api/session",
				payload: { name: "anna.berg", password: "a wrong password" },
			});
			const session = await logIn(logged.app, "anna.berg");
			await logged.app.inject({
				method: "POST",
				url: "/api/actions",
				payload: ACTION,
				headers: session.headers,
			});
			const all = lines.join("");
			expect(all).toContain("/api/session");
			for (const secret of [
				TEST_PASSWORD,
				"a wrong password",
				session.csrfToken,
				session.cookie.split("=")[1] ?? "",
			])
				expect(all).not.toContain(secret);
		} finally {
			await logged.close();
		}
	});

	it("document the plan, session and account routes with their security in OpenAPI", async () => {
		const doc = (await testApp.app.inject({ url: "/api/docs/json" })).json<{
			paths: Record<string, Record<string, { security?: unknown }>>;
			components: { securitySchemes: Record<string, unknown> };
		}>();
		expect(Object.keys(doc.paths)).toEqual(
			expect.arrayContaining([
				"/api/session",
				"/api/users",
				"/api/actions",
				"/api/actions/{id}",
				"/api/actions/{id}/notes",
				"/api/actions/{id}/history",
				"/api/actions/progress",
				"/api/actions/export.xlsx",
				"/api/actions/import",
			]),
		);
		expect(doc.paths["/api/actions/{id}"]?.patch?.security).toEqual([
			{ sessionCookie: [], csrfToken: [] },
		]);
		expect(Object.keys(doc.components.securitySchemes)).toEqual([
			"sessionCookie",
			"csrfToken",
			"adminToken",
		]);
	});
});
