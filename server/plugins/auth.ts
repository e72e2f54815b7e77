import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Db } from "../../db/client.ts";
import { inWriteTransaction } from "../../db/queries/inWriteTransaction.ts";
import {
	deleteExpiredSessions,
	deleteSession,
	getSession,
	insertSession,
} from "../../db/queries/sessions/sessions.ts";
import { hasRole, type UserRole } from "../../domain/actions.ts";
import type { SessionUser } from "../services/auth/login.ts";
import {
	createLoginThrottle,
	type LoginLimits,
	type LoginThrottle,
} from "../services/auth/loginThrottle.ts";
import {
	csrfTokenOf,
	isSessionTokenShaped,
	newSessionToken,
	sameSecret,
	sessionIdOf,
} from "../services/auth/sessionTokens.ts";
import { adminTokenCheck, bearerToken } from "./adminToken.ts";
import { readCookie, sessionCookie } from "./cookies.ts";
import { apiError } from "./errors.ts";

declare module "fastify" {
	interface FastifyContextConfig {
		/**
		 * A POST that only computes an answer (the what-if): nothing to forge, so no CSRF token
		 * is asked for, even with a session cookie.
		 */
		changesNothing?: boolean;
	}
}

export const SESSION_COOKIE = "topp10_session";
export const CSRF_HEADER = "x-csrf-token";

export type SessionLookup =
	| { kind: "none" }
	/** A session cookie whose session expired, was ended or never existed. */
	| { kind: "ended" }
	| { kind: "live"; user: SessionUser; token: string; expiresAt: string };

export interface AuthOptions {
	db: Db;
	now: () => Date;
	sessionHours: number;
	/** TOPP10_PRIVATE: reads need a login too. */
	privateMode: boolean;
	/** TOPP10_ADMIN_TOKEN: uploads accept it instead of an admin session; null turns it off. */
	adminToken: string | null;
	loginLimits?: LoginLimits;
}

type Hook = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

export interface Auth {
	readonly privateMode: boolean;
	readonly sessionHours: number;
	readonly throttle: LoginThrottle;
	sessionOf(request: FastifyRequest): SessionLookup;
	/** The live session as GET /api/session shows it (with its CSRF token), or null. */
	describeSession(
		request: FastifyRequest,
	): { user: SessionUser; csrfToken: string; expiresAt: string } | null;
	/** onRequest hook (before the body is read): 401 without a live session, 403 when its role is not enough. */
	requireRole(role: UserRole): Hook;
	/** For uploads: an admin session, or the admin token as a bearer token. */
	requireAdminOrToken(): Hook;
	/** Whether the request may upload (an admin session or the admin token); for rate-limit buckets. */
	isUploader(request: FastifyRequest): boolean;
	/** Starts a session for the account (a new token, so a planted one is never reused). */
	startSession(
		request: FastifyRequest,
		reply: FastifyReply,
		user: SessionUser,
	): { csrfToken: string; expiresAt: string };
	endSession(request: FastifyRequest, reply: FastifyReply): void;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Open in private mode too: logging in, the liveness check and the API's description. */
function isOpenWhenPrivate(path: string): boolean {
	return (
		path === "/api/session" ||
		path === "/api/health" ||
		path === "/api/docs" ||
		path.startsWith("/api/docs/")
	);
}

function pathOf(request: FastifyRequest): string {
	const query = request.url.indexOf("?");
	return query < 0 ? request.url : request.url.slice(0, query);
}

const LOGIN_REQUIRED =
	"Log in first: POST /api/session with your name and password.";

/**
 * Sessions, CSRF and access rules. One onRequest hook, registered before the read cache so that
 * nothing cached is handed out without a login in private mode, checks for every /api request:
 * a write that carries a live session cookie must carry its CSRF token in `x-csrf-token` (403
 * otherwise); in private mode, a read needs a live session (401). Routes add `requireRole`.
 */
export function registerAuth(app: FastifyInstance, options: AuthOptions): Auth {
	const { db, now } = options;
	const lookups = new WeakMap<FastifyRequest, SessionLookup>();
	const throttle = createLoginThrottle(options.loginLimits, () =>
		now().getTime(),
	);

	const lookUp = (request: FastifyRequest): SessionLookup => {
		const token = readCookie(request.headers.cookie, SESSION_COOKIE);
		if (token === null || token === "") return { kind: "none" };
		if (!isSessionTokenShaped(token)) return { kind: "ended" };
		const row = getSession(db, sessionIdOf(token));
		if (!row) return { kind: "ended" };
		if (row.expiresAt <= now().toISOString()) {
			deleteSession(db, row.id);
			return { kind: "ended" };
		}
		return {
			kind: "live",
			user: { name: row.userName, role: row.role },
			token,
			expiresAt: row.expiresAt,
		};
	};
	const sessionOf = (request: FastifyRequest): SessionLookup => {
		const known = lookups.get(request);
		if (known) return known;
		const found = lookUp(request);
		lookups.set(request, found);
		return found;
	};

	const setCookie = (
		request: FastifyRequest,
		reply: FastifyReply,
		value: string,
		maxAgeSeconds: number,
	): void => {
		reply.header(
			"set-cookie",
			sessionCookie(
				SESSION_COOKIE,
				value,
				{ maxAgeSeconds, secure: request.protocol === "https" },
				now(),
			),
		);
	};

	/** 401, and the dead cookie removed when there was one. */
	const refuseLogin = (
		request: FastifyRequest,
		reply: FastifyReply,
		lookup: SessionLookup,
	): FastifyReply => {
		if (lookup.kind === "ended") {
			setCookie(request, reply, "", 0);
			return reply
				.code(401)
				.send(
					apiError(
						401,
						"session_expired",
						`Your login has ended (a login lasts ${options.sessionHours} hours). Log in again.`,
					),
				);
		}
		return reply
			.code(401)
			.send(apiError(401, "login_required", LOGIN_REQUIRED));
	};

	const hasCsrfToken = (
		request: FastifyRequest,
		lookup: SessionLookup & { kind: "live" },
	): boolean => {
		const sent = request.headers[CSRF_HEADER];
		return (
			typeof sent === "string" && sameSecret(sent, csrfTokenOf(lookup.token))
		);
	};

	const hasAdminToken = adminTokenCheck(options.adminToken);

	app.addHook("onRequest", (request, reply, done) => {
		// The hot path: a read of an open server costs two comparisons and nothing else.
		const isWrite = !SAFE_METHODS.has(request.method);
		if (!isWrite && !options.privateMode) return done();
		if (!request.url.startsWith("/api/")) return done();
		const path = pathOf(request);
		if (isWrite && !request.routeOptions.config.changesNothing) {
			const isLogin = request.method === "POST" && path === "/api/session";
			const lookup = sessionOf(request);
			// A bearer token is never sent by a browser on its own, so it needs no CSRF token.
			if (
				!isLogin &&
				lookup.kind === "live" &&
				!hasCsrfToken(request, lookup) &&
				!hasAdminToken(request)
			) {
				reply
					.code(403)
					.send(
						apiError(
							403,
							"csrf_invalid",
							`Send the csrfToken you got when logging in (POST or GET /api/session) in the ${CSRF_HEADER} header.`,
						),
					);
				return;
			}
		}
		if (options.privateMode && !isOpenWhenPrivate(path)) {
			const lookup = sessionOf(request);
			if (lookup.kind !== "live" && !hasAdminToken(request)) {
				refuseLogin(request, reply, lookup);
				return;
			}
		}
		done();
	});

	const refuseRole = (
		reply: FastifyReply,
		user: SessionUser,
		role: UserRole,
	): FastifyReply =>
		reply
			.code(403)
			.send(
				apiError(
					403,
					"forbidden",
					`This needs an ${role} account; "${user.name}" is ${user.role === "admin" ? "an admin" : "an editor"}. Ask an admin.`,
				),
			);

	return {
		privateMode: options.privateMode,
		sessionHours: options.sessionHours,
		throttle,
		sessionOf,
		describeSession: (request) => {
			const lookup = sessionOf(request);
			if (lookup.kind !== "live") return null;
			const { user, token, expiresAt } = lookup;
			return { user, csrfToken: csrfTokenOf(token), expiresAt };
		},
		requireRole: (role) => async (request, reply) => {
			const lookup = sessionOf(request);
			if (lookup.kind !== "live")
				return void refuseLogin(request, reply, lookup);
			if (!hasRole(lookup.user.role, role))
				return void refuseRole(reply, lookup.user, role);
		},
		isUploader: (request) => {
			const lookup = sessionOf(request);
			return (
				(lookup.kind === "live" && hasRole(lookup.user.role, "admin")) ||
				hasAdminToken(request)
			);
		},
		requireAdminOrToken: () => async (request, reply) => {
			const lookup = sessionOf(request);
			if (lookup.kind === "live" && hasRole(lookup.user.role, "admin")) return;
			if (bearerToken(request.headers.authorization) !== null) {
				if (options.adminToken === null)
					return void reply
						.code(403)
						.send(
							apiError(
								403,
								"uploads_disabled",
								"Uploads with the admin token are turned off on this server (TOPP10_ADMIN_TOKEN is unset). Log in with an admin account, or use `npm run import`.",
							),
						);
				if (hasAdminToken(request)) return;
			} else if (lookup.kind === "live") {
				return void refuseRole(reply, lookup.user, "admin");
			} else if (options.adminToken === null) {
				return void refuseLogin(request, reply, lookup);
			}
			return void reply
				.code(401)
				.header("www-authenticate", 'Bearer realm="topp10"')
				.send(
					apiError(
						401,
						"unauthorized",
						"Log in with an admin account, or send the admin token as `Authorization: Bearer <token>` (TOPP10_ADMIN_TOKEN on the server).",
					),
				);
		},
		startSession: (request, reply, user) => {
			const previous = sessionOf(request);
			const at = now();
			const token = newSessionToken();
			const maxAgeSeconds = options.sessionHours * 3600;
			const expiresAt = new Date(
				at.getTime() + maxAgeSeconds * 1000,
			).toISOString();
			inWriteTransaction(db, () => {
				if (previous.kind === "live")
					deleteSession(db, sessionIdOf(previous.token));
				deleteExpiredSessions(db, at.toISOString());
				insertSession(db, {
					id: sessionIdOf(token),
					userName: user.name,
					createdAt: at.toISOString(),
					expiresAt,
				});
			});
			setCookie(request, reply, token, maxAgeSeconds);
			lookups.set(request, { kind: "live", user, token, expiresAt });
			return { csrfToken: csrfTokenOf(token), expiresAt };
		},
		endSession: (request, reply) => {
			const token = readCookie(request.headers.cookie, SESSION_COOKIE);
			if (token) deleteSession(db, sessionIdOf(token));
			setCookie(request, reply, "", 0);
			lookups.set(request, { kind: "none" });
		},
	};
}
