import {
	createHash,
	createHmac,
	randomBytes,
	timingSafeEqual,
} from "node:crypto";

/** 32 random bytes, base64url: the value of the session cookie. */
export function newSessionToken(): string {
	return randomBytes(32).toString("base64url");
}

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function isSessionTokenShaped(token: string): boolean {
	return TOKEN_PATTERN.test(token);
}

/** What the session table stores: the token's SHA-256, so the table itself opens no session. */
export function sessionIdOf(token: string): string {
	return createHash("sha256").update(token).digest("hex");
}

/**
 * The CSRF token of a session: an HMAC keyed by the session's own secret token. The server can
 * recompute it on every request from the cookie (nothing more to store), and a page on another
 * site, which can make the browser send the cookie but never read it, cannot compute it.
 */
export function csrfTokenOf(sessionToken: string): string {
	return createHmac("sha256", sessionToken)
		.update("topp10 csrf v1")
		.digest("base64url");
}

/** Constant-time comparison of two secrets of any length (their SHA-256 digests are compared). */
export function sameSecret(a: string, b: string): boolean {
	const digest = (value: string) => createHash("sha256").update(value).digest();
	return timingSafeEqual(digest(a), digest(b));
}
