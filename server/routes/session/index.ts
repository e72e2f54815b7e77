import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import type { Db } from "../../../db/client.ts";
import { normaliseUserName } from "../../../domain/accounts.ts";
import type { Auth } from "../../plugins/auth.ts";
import { apiError } from "../../plugins/errors.ts";
import { ErrorSchema } from "../../schemas/errors.ts";
import {
	LoginSchema,
	SessionSchema,
	type SessionState,
	SessionStateSchema,
} from "../../schemas/session.ts";
import { checkLogin } from "../../services/auth/login.ts";
import { csrfTokenOf } from "../../services/auth/sessionTokens.ts";

const tags = ["session"];

export interface SessionRouteOptions {
	/** Logins per address and minute over all accounts, before any password is checked. */
	loginsPerMinute?: number;
}

export function sessionRoutes(
	db: Db,
	auth: Auth,
	options: SessionRouteOptions = {},
) {
	return async (base: FastifyInstance): Promise<void> => {
		const app = base.withTypeProvider<TypeBoxTypeProvider>();

		app.get(
			"",
			{
				schema: {
					tags,
					summary: "Who is logged in, with the CSRF token for writes",
					response: { 200: SessionStateSchema },
				},
			},
			async (request, reply): Promise<SessionState> => {
				reply.header("cache-control", "no-store");
				const lookup = auth.sessionOf(request);
				const session =
					lookup.kind === "live"
						? {
								user: lookup.user,
								csrfToken: csrfTokenOf(lookup.token),
								expiresAt: lookup.expiresAt,
							}
						: null;
				return { session, privateMode: auth.privateMode };
			},
		);

		app.post(
			"",
			{
				// scrypt costs ~0.1 s of CPU: a flood of logins is throttled before any is checked.
				onRequest: app.rateLimit({
					max: options.loginsPerMinute ?? 30,
					timeWindow: 60_000,
				}),
				schema: {
					tags,
					summary:
						"Log in: sets the HttpOnly session cookie, answers the CSRF token",
					description:
						"Too many attempts at one account from one address (5 in 15 minutes), or failed attempts from one address (20), answer 429 with Retry-After.",
					body: LoginSchema,
					response: {
						200: SessionSchema,
						400: ErrorSchema,
						401: ErrorSchema,
						429: ErrorSchema,
					},
				},
			},
			async (request, reply) => {
				const name = normaliseUserName(request.body.name);
				const wait = auth.throttle.waitSeconds(name, request.ip);
				if (wait > 0)
					return reply
						.code(429)
						.header("retry-after", String(wait))
						.send(
							apiError(
								429,
								"rate_limited",
								`Too many login attempts. Try again in ${Math.ceil(wait / 60)} minute${wait > 60 ? "s" : ""}.`,
							),
						);
				auth.throttle.recordAttempt(name, request.ip);
				const user = await checkLogin(db, name, request.body.password);
				if (!user) {
					auth.throttle.recordFailure(request.ip);
					return reply
						.code(401)
						.send(
							apiError(
								401,
								"invalid_credentials",
								"The name or the password is wrong.",
							),
						);
				}
				auth.throttle.recordSuccess(name, request.ip);
				reply.header("cache-control", "no-store");
				return { user, ...auth.startSession(request, reply, user) };
			},
		);

		app.delete(
			"",
			{
				schema: {
					tags,
					summary: "Log out: ends the session and removes the cookie",
					security: [{ sessionCookie: [], csrfToken: [] }],
					response: { 204: { type: "null" }, 403: ErrorSchema },
				},
			},
			async (request, reply) => {
				auth.endSession(request, reply);
				return reply.code(204).send();
			},
		);
	};
}
