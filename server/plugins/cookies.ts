/**
 * The two things Topp10 needs of cookies, without a dependency: read one from the Cookie header,
 * write the session cookie. (@fastify/cookie would do the same; it is not installed.)
 */

/** The value of the cookie `name` in a Cookie header, or null. */
export function readCookie(
	header: string | undefined,
	name: string,
): string | null {
	if (!header) return null;
	for (const part of header.split(";")) {
		const separator = part.indexOf("=");
		if (separator < 0) continue;
		if (part.slice(0, separator).trim() !== name) continue;
		const value = part.slice(separator + 1).trim();
		return value.startsWith('"') && value.endsWith('"') && value.length > 1
			? value.slice(1, -1)
			: value;
	}
	return null;
}

export interface SessionCookieOptions {
	/** 0 removes the cookie. */
	maxAgeSeconds: number;
	/** Only over HTTPS: a Secure cookie set over plain HTTP is dropped by browsers. */
	secure: boolean;
}

/**
 * HttpOnly (scripts cannot read it), SameSite=Strict (other sites cannot make the browser send
 * it), Path=/, and both Max-Age and Expires so every browser ends it on time.
 */
export function sessionCookie(
	name: string,
	value: string,
	options: SessionCookieOptions,
	now: Date,
): string {
	const expires = new Date(now.getTime() + options.maxAgeSeconds * 1000);
	return [
		`${name}=${value}`,
		"Path=/",
		`Max-Age=${options.maxAgeSeconds}`,
		`Expires=${expires.toUTCString()}`,
		"HttpOnly",
		"SameSite=Strict",
		...(options.secure ? ["Secure"] : []),
	].join("; ");
}
