import Fastify, { type FastifyInstance, LogController } from "fastify";
import type { Db } from "../db/client.ts";
import { createDataVersionReader } from "../db/queries/meta/getDataVersion.ts";
import { DEFAULT_SESSION_HOURS } from "../domain/config.ts";
import type { ParseWorkerPoolOptions } from "../importers/pipeline/parseWorkerPool.ts";
import { registerAuth } from "./plugins/auth.ts";
import { registerErrorHandling } from "./plugins/errors.ts";
import { refuseNonFiniteNumbers } from "./plugins/finiteNumbers.ts";
import {
	answerClientError,
	answerFrameworkError,
} from "./plugins/frameworkErrors.ts";
import { registerOpenApi } from "./plugins/openapi.ts";
import { registerReadCache } from "./plugins/readCache.ts";
import { registerRequestLog } from "./plugins/requestLog.ts";
import {
	LOG_REDACT_PATHS,
	type PressureLimits,
	registerSecurity,
} from "./plugins/security.ts";
import { registerSpa } from "./plugins/spa.ts";
import { actionRoutes } from "./routes/actions/index.ts";
import { compareRoutes } from "./routes/compare/index.ts";
import { groupRoutes } from "./routes/groups/index.ts";
import { healthRoutes } from "./routes/health/index.ts";
import { importRoutes } from "./routes/imports/index.ts";
import { municipalityRoutes } from "./routes/municipalities/index.ts";
import { rankingRoutes } from "./routes/rankings/index.ts";
import { sessionRoutes } from "./routes/session/index.ts";
import { userRoutes } from "./routes/users/index.ts";
import { whatIfRoutes } from "./routes/what-if/index.ts";
import { yearRoutes } from "./routes/years/index.ts";
import type { LoginLimits } from "./services/auth/loginThrottle.ts";
import { createServiceContext } from "./services/context.ts";

export interface AppOptions {
	db: Db;
	/** Folder of the built client (index.html); null serves the API only. */
	clientDir?: string | null;
	logger?:
		| boolean
		| {
				level: string;
				stream?: { write(line: string): void };
				/** pino-pretty for a terminal; JSON lines otherwise. */
				transport?: { target: string; options?: Record<string, unknown> };
		  };
	/** Fastify's trustProxy (TRUST_PROXY): behind a reverse proxy, the client address from X-Forwarded-For. */
	trustProxy?: boolean | number | string;
	/** Clock for defaults such as the target year; tests pin it. */
	now?: () => Date;
	/** TOPP10_ADMIN_TOKEN: uploads accept it as a bearer token besides an admin session; null turns that off. */
	adminToken?: string | null;
	/** TOPP10_PRIVATE: every API read needs a login too. */
	privateMode?: boolean;
	/** How long a login lasts. */
	sessionHours?: number;
	/** Login attempts allowed per account and address, and per address; tests lower them. */
	loginLimits?: LoginLimits;
	/** Load-shedding limits; tests raise them, so a busy test machine does not answer 503. */
	pressure?: Partial<PressureLimits>;
	/** Limits of the worker thread that reads uploads (heap, time, queue); tests lower them. */
	parseWorker?: ParseWorkerPoolOptions;
}

/** A hop count becomes Fastify's trust function: trust that many proxies nearest the server. */
function trustProxyOption(
	trustProxy: boolean | number | string,
): boolean | string | ((address: string, hop: number) => boolean) {
	return typeof trustProxy === "number"
		? (_address, hop) => hop < trustProxy
		: trustProxy;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
	const app = Fastify({
		logger: options.logger
			? {
					...(options.logger === true ? {} : options.logger),
					redact: { paths: LOG_REDACT_PATHS, censor: "[redacted]" },
				}
			: false,
		ajv: { customOptions: { removeAdditional: true, coerceTypes: "array" } },
		// Requests are logged by plugins/requestLog.ts (failures and slow ones at info or above).
		logController: new LogController({ disableRequestLogging: true }),
		trustProxy: trustProxyOption(options.trustProxy ?? false),
		frameworkErrors: answerFrameworkError,
		clientErrorHandler: answerClientError,
		// A request (an upload included) must arrive whole within 2 minutes: no slow-loris.
		requestTimeout: 120_000,
	});
	const now = options.now ?? (() => new Date());
	const privateMode = options.privateMode ?? false;
	await registerErrorHandling(app);
	await registerRequestLog(app);
	await registerSecurity(app, { pressure: options.pressure ?? {} });
	await registerOpenApi(app);
	await refuseNonFiniteNumbers(app);
	// Before the read cache: in private mode nothing cached may be answered without a login.
	const auth = registerAuth(app, {
		db: options.db,
		now,
		sessionHours: options.sessionHours ?? DEFAULT_SESSION_HOURS,
		privateMode,
		adminToken: options.adminToken ?? null,
		...(options.loginLimits ? { loginLimits: options.loginLimits } : {}),
	});
	await app.register(healthRoutes(options.db), { prefix: "/api/health" });
	await app.register(sessionRoutes(options.db, auth), {
		prefix: "/api/session",
	});
	await app.register(userRoutes(options.db, auth, now), {
		prefix: "/api/users",
	});
	const context = createServiceContext(options.db, now);
	await registerReadCache(app, options.db, {
		cacheControl: privateMode ? "private, no-cache" : "no-cache",
	});
	await app.register(municipalityRoutes(context), {
		prefix: "/api/municipalities",
	});
	await app.register(compareRoutes(context), { prefix: "/api/compare" });
	await app.register(groupRoutes(context), { prefix: "/api/groups" });
	await app.register(whatIfRoutes(context), { prefix: "/api/what-if" });
	await app.register(yearRoutes(context), { prefix: "/api/years" });
	await app.register(rankingRoutes(context), { prefix: "/api/rankings" });
	await app.register(
		importRoutes(options.db, {
			auth,
			...(options.parseWorker ? { parseWorker: options.parseWorker } : {}),
		}),
		{
			prefix: "/api/imports",
		},
	);
	await app.register(actionRoutes(context, auth), { prefix: "/api/actions" });
	// In private mode the years are an API answer like any other: a page without a login carries none.
	await registerSpa(
		app,
		options.clientDir ?? null,
		privateMode
			? null
			: {
					version: createDataVersionReader(options.db),
					years: () => context.analysis.dataYears(),
				},
	);
	return app;
}
