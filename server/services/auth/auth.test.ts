import { describe, expect, it } from "vitest";
import { readCookie, sessionCookie } from "../../plugins/cookies.ts";
import { createLoginThrottle } from "./loginThrottle.ts";
import { hashPassword, verifyPassword } from "./passwords.ts";
import {
	csrfTokenOf,
	isSessionTokenShaped,
	newSessionToken,
	sameSecret,
	sessionIdOf,
} from "./sessionTokens.ts";

const FAST = { N: 2 ** 10, r: 8, p: 1 };

describe("passwords", () => {
	it("verifies the right password only, with the cost kept in the hash", async () => {
		const hash = await hashPassword("rätt lösenord 1", FAST);
		expect(hash).toMatch(/^scrypt\$1024\$8\$1\$[\w-]+\$[\w-]+$/);
		expect(await verifyPassword("rätt lösenord 1", hash)).toBe(true);
		expect(await verifyPassword("rätt lösenord 2", hash)).toBe(false);
		expect(await verifyPassword("rätt lösenord 1", "garbage")).toBe(false);
	});

	it("salts every hash", async () => {
		expect(await hashPassword("same password", FAST)).not.toBe(
			await hashPassword("same password", FAST),
		);
	});
});

describe("session tokens", () => {
	it("are 32 random bytes; the database keeps only their SHA-256", () => {
		const token = newSessionToken();
		expect(isSessionTokenShaped(token)).toBe(true);
		expect(token).not.toBe(newSessionToken());
		expect(sessionIdOf(token)).toMatch(/^[0-9a-f]{64}$/);
		expect(isSessionTokenShaped("x; Path=/")).toBe(false);
	});

	it("derive a CSRF token per session that another session does not share", () => {
		const token = newSessionToken();
		expect(csrfTokenOf(token)).toBe(csrfTokenOf(token));
		expect(csrfTokenOf(token)).not.toBe(csrfTokenOf(newSessionToken()));
		expect(sameSecret("abc", "abc")).toBe(true);
		expect(sameSecret("abc", "abcd")).toBe(false);
	});
});

describe("cookies", () => {
	it("reads one cookie among several", () => {
		expect(readCookie("a=1; topp10_session=xyz; b=2", "topp10_session")).toBe(
			"xyz",
		);
		expect(readCookie("topp10_session_x=1", "topp10_session")).toBeNull();
		expect(readCookie(undefined, "topp10_session")).toBeNull();
	});

	it("sets the session cookie HttpOnly, SameSite=Strict, Secure only over HTTPS", () => {
		const now = new Date("2026-05-15T08:00:00Z");
		const plain = sessionCookie(
			"s",
			"v",
			{ maxAgeSeconds: 3600, secure: false },
			now,
		);
		expect(plain).toBe(
			"s=v; Path=/; Max-Age=3600; Expires=Fri, 15 May 2026 09:00:00 GMT; HttpOnly; SameSite=Strict",
		);
		expect(
			sessionCookie("s", "v", { maxAgeSeconds: 0, secure: true }, now),
		).toMatch(/Max-Age=0; .*; Secure$/);
	});
});

describe("createLoginThrottle", () => {
	const limits = { perAccountAndAddress: 3, perAddress: 5, windowMs: 60_000 };

	it("stops an account at one address after its attempts, until the window ends", () => {
		let now = 0;
		const throttle = createLoginThrottle(limits, () => now);
		for (let i = 0; i < 3; i++) {
			expect(throttle.waitSeconds("anna", "10.0.0.1")).toBe(0);
			throttle.recordAttempt("anna", "10.0.0.1");
		}
		expect(throttle.waitSeconds("anna", "10.0.0.1")).toBe(60);
		expect(throttle.waitSeconds("anna", "10.0.0.2")).toBe(0);
		expect(throttle.waitSeconds("bo", "10.0.0.1")).toBe(0);
		now = 30_500;
		expect(throttle.waitSeconds("anna", "10.0.0.1")).toBe(30);
		now = 60_000;
		expect(throttle.waitSeconds("anna", "10.0.0.1")).toBe(0);
	});

	it("starts an account over after a successful login", () => {
		const throttle = createLoginThrottle(limits, () => 0);
		throttle.recordAttempt("anna", "10.0.0.1");
		throttle.recordAttempt("anna", "10.0.0.1");
		throttle.recordSuccess("anna", "10.0.0.1");
		throttle.recordAttempt("anna", "10.0.0.1");
		throttle.recordAttempt("anna", "10.0.0.1");
		expect(throttle.waitSeconds("anna", "10.0.0.1")).toBe(0);
	});

	it("stops an address that fails at many accounts", () => {
		const throttle = createLoginThrottle(limits, () => 0);
		for (let i = 0; i < 5; i++) throttle.recordFailure("10.0.0.9");
		expect(throttle.waitSeconds("someone-new", "10.0.0.9")).toBe(60);
		expect(throttle.waitSeconds("someone-new", "10.0.0.8")).toBe(0);
	});
});
