import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyRequest } from "fastify";

/** The token after "Bearer ", or null when the header is missing or of another scheme. */
export function bearerToken(header: string | undefined): string | null {
	const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? "");
	return match?.[1] ?? null;
}

function digest(value: string): Buffer {
	return createHash("sha256").update(value, "utf8").digest();
}

/**
 * Whether a request carries TOPP10_ADMIN_TOKEN (never, when it is unset). Compares SHA-256
 * digests with timingSafeEqual, so neither the token's content nor its length leaks through timing.
 */
export function adminTokenCheck(
	adminToken: string | null,
): (request: FastifyRequest) => boolean {
	const expected = adminToken === null ? null : digest(adminToken);
	return (request) => {
		if (expected === null) return false;
		const provided = bearerToken(request.headers.authorization);
		return provided !== null && timingSafeEqual(digest(provided), expected);
	};
}
