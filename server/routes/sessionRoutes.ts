import { ErrorSchema } from "../schemas/errors.ts";

/** A signed-in request sends the session cookie and, for a write, its CSRF token. */
export const SESSION_SECURITY = [{ sessionCookie: [], csrfToken: [] }];

/** What a signed-in write can answer besides success: bad input, no session, no right, unknown, conflict. */
export const sessionWriteErrors = {
	400: ErrorSchema,
	401: ErrorSchema,
	403: ErrorSchema,
	404: ErrorSchema,
	409: ErrorSchema,
};

/** A route schema for a signed-in route: the resource's tags and the session's security first. */
export function sessionRouteSchema<const S extends object>(
	tags: string[],
	schema: S,
) {
	return { tags, security: SESSION_SECURITY, ...schema };
}
