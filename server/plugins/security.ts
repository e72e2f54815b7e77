import { getHeapStatistics } from "node:v8";
import fastifyHelmet, { type FastifyHelmetOptions } from "@fastify/helmet";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifyUnderPressure from "@fastify/under-pressure";
import Fastify, { type FastifyInstance } from "fastify";
import { apiError } from "./errors.ts";

type Directives = Record<string, string[] | null>;

/**
 * The app's Content-Security-Policy. The Vite build emits only external module scripts and
 * stylesheets, so neither scripts nor styles need 'unsafe-inline': React and Recharts set styles
 * through the CSSOM (element.style), which CSP does not restrict. data:/blob: images serve the
 * empty favicon in index.html and the PNG downloads of the charts. No upgrade-insecure-requests:
 * the server is often reached over plain HTTP on a LAN, where it would break every asset.
 */
export const APP_CSP_DIRECTIVES: Directives = {
	"default-src": ["'self'"],
	"base-uri": ["'self'"],
	"connect-src": ["'self'"],
	"font-src": ["'self'"],
	"form-action": ["'self'"],
	"frame-ancestors": ["'none'"],
	"img-src": ["'self'", "data:", "blob:"],
	"manifest-src": ["'self'"],
	"object-src": ["'none'"],
	"script-src": ["'self'"],
	"script-src-attr": ["'none'"],
	"style-src": ["'self'"],
	"worker-src": ["'self'"],
	"upgrade-insecure-requests": null,
};

/**
 * /api/docs only: Swagger UI loads its scripts from 'self' too, but injects a <style> element
 * (Chromium reports "style-src-elem inline" under the app's policy), so style-src gets
 * 'unsafe-inline' here and nowhere else; scripts stay 'self' only.
 */
export const DOCS_CSP_DIRECTIVES: Directives = {
	...APP_CSP_DIRECTIVES,
	"style-src": ["'self'", "'unsafe-inline'"],
	"img-src": ["'self'", "data:"],
};

/**
 * JSON answers of the API are never documents: if one is opened directly it may load and run
 * nothing and be framed nowhere (OWASP's REST advice). The short policy also keeps ~700 bytes of
 * page-only headers off every API response.
 */
export const API_CSP_DIRECTIVES: Directives = {
	"default-src": ["'none'"],
	"frame-ancestors": ["'none'"],
};

export const DOCS_PREFIX = "/api/docs";
export const API_PREFIX = "/api";

/**
 * Paths pino replaces with "[redacted]" in every log line, so credentials never reach the logs.
 * "*.headers" catches plugins that log request headers, e.g. @fastify/multipart's busboyOptions at
 * trace level.
 */
export const LOG_REDACT_PATHS = [
	"authorization",
	"headers.authorization",
	"headers.cookie",
	'headers["x-csrf-token"]',
	'headers["set-cookie"]',
	"*.headers.authorization",
	"*.headers.cookie",
	'*.headers["x-csrf-token"]',
	'*.headers["set-cookie"]',
	// Login and account bodies, should anything ever log a request body or a parsed form.
	"password",
	"*.password",
	"*.*.password",
	"body.password",
	"*.body.password",
];

export interface PressureLimits {
	/** Mean event-loop delay over one sample interval above which requests get 503. */
	maxEventLoopDelayMs: number;
	maxHeapUsedBytes: number;
	retryAfterSeconds: number;
	sampleIntervalMs: number;
}

/**
 * A saturated but healthy server (50 connections in `npm run bench`) keeps its mean loop delay in
 * the tens of milliseconds; a first computation of a year's model on a busy machine blocks for a
 * few hundred, which must not shed load. A mean of a second means the loop is stuck. Floods of
 * costly requests are stopped earlier, per client, by the read cache's limit on computed answers. Event-loop utilisation is not used: it is ~1 whenever the
 * server is simply busy.
 */
export function defaultPressureLimits(): PressureLimits {
	return {
		maxEventLoopDelayMs: 1000,
		maxHeapUsedBytes: Math.floor(getHeapStatistics().heap_size_limit * 0.9),
		retryAfterSeconds: 10,
		sampleIntervalMs: 1000,
	};
}

export interface SecurityOptions {
	pressure?: Partial<PressureLimits>;
}

/** Which header set a route gets; routes without one (pages, static files, 404s) get "page". */
export type HeaderProfile = "page" | "api" | "docs";

declare module "fastify" {
	interface FastifyContextConfig {
		securityHeaders?: HeaderProfile;
	}
}

export function headerProfileOf(url: string): HeaderProfile {
	if (url === DOCS_PREFIX || url.startsWith(`${DOCS_PREFIX}/`)) return "docs";
	if (url === API_PREFIX || url.startsWith(`${API_PREFIX}/`)) return "api";
	return "page";
}

type HeaderSet = Record<string, string>;

/** Headers of a response that helmet did not set. */
const NOT_FROM_HELMET = new Set([
	"content-type",
	"content-length",
	"date",
	"connection",
	"keep-alive",
]);

const PAGE_OPTIONS: FastifyHelmetOptions = {
	contentSecurityPolicy: { useDefaults: false, directives: APP_CSP_DIRECTIVES },
	frameguard: { action: "deny" },
	// HSTS belongs to whoever terminates TLS for the domain (a reverse proxy); over plain HTTP
	// browsers ignore it, and includeSubDomains from here could bind sibling hosts.
	strictTransportSecurity: false,
	// Only the same origin may read the API from a browser; no CORS headers are sent.
	crossOriginResourcePolicy: { policy: "same-origin" },
};

const HELMET_OPTIONS: Record<HeaderProfile, FastifyHelmetOptions> = {
	page: PAGE_OPTIONS,
	docs: {
		...PAGE_OPTIONS,
		contentSecurityPolicy: {
			useDefaults: false,
			directives: DOCS_CSP_DIRECTIVES,
		},
	},
	// nosniff, same-origin resource policy, no referrer, and a policy that allows nothing; the
	// headers that only matter for documents (COOP, HSTS, frame options, …) stay off.
	api: {
		contentSecurityPolicy: {
			useDefaults: false,
			directives: API_CSP_DIRECTIVES,
		},
		crossOriginResourcePolicy: { policy: "same-origin" },
		crossOriginOpenerPolicy: false,
		originAgentCluster: false,
		strictTransportSecurity: false,
		xDnsPrefetchControl: false,
		xDownloadOptions: false,
		xFrameOptions: false,
		xPermittedCrossDomainPolicies: false,
		xXssProtection: false,
	},
};

/**
 * The headers @fastify/helmet sends for these options. They are the same for every response (no
 * nonces), but the plugin rebuilds helmet's middleware on every request, which cost ~20 µs a
 * request in `npm run bench` (a fifth of a bare route's whole budget); so helmet computes them
 * once here, on a throwaway instance, and one hook copies them onto every reply.
 */
export async function helmetHeaders(
	options: FastifyHelmetOptions,
): Promise<HeaderSet> {
	const probe = Fastify();
	await probe.register(fastifyHelmet, options);
	probe.get("/", async () => "");
	const response = await probe.inject({ url: "/" });
	await probe.close();
	return Object.fromEntries(
		Object.entries(response.headers)
			.filter(([name]) => !NOT_FROM_HELMET.has(name))
			.map(([name, value]) => [name, String(value)]),
	);
}

/**
 * Security headers (helmet; a strict CSP for pages, a nothing-allowed one for JSON, a relaxed one
 * for /api/docs), load shedding (under-pressure: 503 with Retry-After) and rate limiting (off
 * globally; routes opt in through `app.rateLimit()`). Register before the routes.
 */
export async function registerSecurity(
	app: FastifyInstance,
	options: SecurityOptions = {},
): Promise<void> {
	const headers: Record<HeaderProfile, HeaderSet> = {
		page: await helmetHeaders(HELMET_OPTIONS.page),
		api: await helmetHeaders(HELMET_OPTIONS.api),
		docs: await helmetHeaders(HELMET_OPTIONS.docs),
	};
	app.addHook("onRoute", (route) => {
		const profile = headerProfileOf(route.url);
		if (profile !== "page")
			route.config = Object.assign(route.config ?? {}, {
				securityHeaders: profile,
			});
	});
	app.addHook("onRequest", (request, reply, done) => {
		reply.headers(
			headers[request.routeOptions.config.securityHeaders ?? "page"],
		);
		done();
	});
	const limits = { ...defaultPressureLimits(), ...options.pressure };
	await app.register(fastifyUnderPressure, {
		maxEventLoopDelay: limits.maxEventLoopDelayMs,
		maxHeapUsedBytes: limits.maxHeapUsedBytes,
		sampleInterval: limits.sampleIntervalMs,
		retryAfter: limits.retryAfterSeconds,
		// Sends the answer itself: Fastify stops the request there (the error handler would turn a
		// thrown 503 into a 500).
		pressureHandler: (_request, reply) => {
			void reply
				.code(503)
				.header("retry-after", String(limits.retryAfterSeconds))
				.send(
					apiError(
						503,
						"overloaded",
						`The server is too busy right now. Try again in ${limits.retryAfterSeconds} seconds.`,
					),
				);
		},
	});
	await app.register(fastifyRateLimit, {
		global: false,
		errorResponseBuilder: (_request, context) =>
			Object.assign(
				new Error(`Too many requests. Try again in ${context.after}.`),
				{ statusCode: context.statusCode, code: "rate_limited" },
			),
	});
}
