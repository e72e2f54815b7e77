import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { Db } from "../../../db/client.ts";
import type { Auth } from "../../plugins/auth.ts";
import { apiError } from "../../plugins/errors.ts";
import { ErrorSchema } from "../../schemas/errors.ts";
import {
	LoginSchema,
	SessionSchema,
	type SessionState,
	SessionStateSchema,
} from "../../schemas/session.ts";
import { attemptLogin, type LoginRefusal } from "../../services/auth/login.ts";
import { SESSION_SECURITY } from "../sessionRoutes.ts";

const tags = ["session"];

function refuseLogin(reply: FastifyReply, attempt: LoginRefusal): FastifyReply {
	if (attempt.refused === "invalid_credentials")
		return reply
			.code(401)
			.send(
				apiError(
					401,
					"invalid_credentials",
					"The name or the password is wrong.",
				),
			);
	const minutes = Math.ceil(attempt.retryAfterSeconds / 60);
	return reply
		.code(429)
		.header("retry-after", String(attempt.retryAfterSeconds))
		.send(
			apiError(
				429,
				"rate_limited",
				`Too many login attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
			),
		);
}

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
				return {
					session: auth.describeSession(request),
					privateMode: auth.privateMode,
				};
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
				const attempt = await attemptLogin(db, auth.throttle, {
					...request.body,
					address: request.ip,
				});
				if ("refused" in attempt) return refuseLogin(reply, attempt);
				reply.header("cache-control", "no-store");
				const { user } = attempt;
				return { user, ...auth.startSession(request, reply, user) };
			},
		);

		app.delete(
			"",
			{
				schema: {
					tags,
					summary: "Log out: ends the session and removes the cookie",
					security: SESSION_SECURITY,
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
