import type { FastifyInstance } from "fastify";
import type { Db } from "../../db/client.ts";
import type { UserRole } from "../../domain/actions.ts";
import { CSRF_HEADER } from "../plugins/auth.ts";
import type { Session } from "../schemas/session.ts";
import { createAccount } from "../services/auth/accounts.ts";
import { isRefusal } from "../services/refusal.ts";
import { createTestApp, type TestApp } from "./testApp.ts";

/** A cheap scrypt for tests; the hash records it, so logins verify with the same cost. */
export const FAST_SCRYPT = { N: 2 ** 10, r: 8, p: 1 };
export const TEST_PASSWORD = "correct horse battery";

export async function addTestAccount(
	db: Db,
	name: string,
	role: UserRole,
	password = TEST_PASSWORD,
): Promise<void> {
	const created = await createAccount(
		db,
		{ name, role, password },
		"2026-05-01T08:00:00.000Z",
		FAST_SCRYPT,
	);
	if (isRefusal(created)) throw new Error(created.refused.message);
}

export interface LoggedIn {
	/** The Cookie header value to send. */
	cookie: string;
	csrfToken: string;
	/** Cookie and CSRF headers for a write. */
	headers: Record<string, string>;
	setCookie: string;
}

let addresses = 0;
/** A fresh client address, so that login limits only bite where a test means them to. */
export function nextAddress(): string {
	addresses++;
	return `10.9.${addresses >> 8}.${addresses & 255}`;
}

export async function logIn(
	app: FastifyInstance,
	name: string,
	password = TEST_PASSWORD,
): Promise<LoggedIn> {
	const response = await app.inject({
		method: "POST",
		url: "/api/session",
		payload: { name, password },
		remoteAddress: nextAddress(),
	});
	if (response.statusCode !== 200)
		throw new Error(`login failed: ${response.statusCode} ${response.body}`);
	const setCookie = String(response.headers["set-cookie"]);
	const cookie = setCookie.split(";")[0] ?? "";
	const { csrfToken } = response.json<Session>();
	return {
		cookie,
		csrfToken,
		setCookie,
		headers: { cookie, [CSRF_HEADER]: csrfToken },
	};
}

/** The bundled data set, the clock at 15 May 2026 (the näringslivskväll), an editor logged in. */
export async function createPlanTestApp(): Promise<{
	testApp: TestApp;
	editor: LoggedIn;
}> {
	const testApp = await createTestApp({
		bundled: true,
		now: () => new Date("2026-05-15T08:00:00Z"),
	});
	await addTestAccount(testApp.database.handle.db, "anna.berg", "editor");
	return { testApp, editor: await logIn(testApp.app, "anna.berg") };
}
