import { getHeapStatistics } from "node:v8";
import fastifyHelmet from "@fastify/helmet";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifyUnderPressure from "@fastify/under-pressure";
import type { FastifyInstance } from "fastify";
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
 * /api/docs only: Swagger UI loads its scripts from 'self' too, but writes style="" attributes
 * into its markup and shows its icons as data: SVGs, so style-src gets 'unsafe-inline' here and
 * nowhere else.
 */
export const DOCS_CSP_DIRECTIVES: Directives = {
	...APP_CSP_DIRECTIVES,
	"style-src": ["'self'", "'unsafe-inline'"],
	"img-src": ["'self'", "data:"],
};

export const DOCS_PREFIX = "/api/docs";

/** Paths pino replaces with "[redacted]" in every log line: credentials never reach the logs. */
export const LOG_REDACT_PATHS = [
	"req.headers.authorization",
	"req.headers.cookie",
	"request.headers.authorization",
	"headers.authorization",
	"headers.cookie",
	"authorization",
];

export interface PressureLimits {
	/** Mean event-loop delay over one sample interval above which requests get 503. */
	maxEventLoopDelayMs: number;
	maxHeapUsedBytes: number;
	retryAfterSeconds: number;
	sampleIntervalMs: number;
}

/**
 * Generous on purpose: a saturated but healthy server (50 connections in `npm run bench`) keeps
 * its mean loop delay in the tens of milliseconds, far below a second; only a loop that is stuck
 * or a heap about to run out sheds load. Event-loop utilisation is not used: it is ~1 whenever the
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

function isDocsRoute(url: string): boolean {
	return url === DOCS_PREFIX || url.startsWith(`${DOCS_PREFIX}/`);
}

/**
 * Security headers (helmet with a strict CSP), load shedding (under-pressure: 503 with
 * Retry-After) and rate limiting (off globally; routes opt in through `app.rateLimit()`).
 * Register before the routes so /api/docs gets its own CSP.
 */
export async function registerSecurity(
	app: FastifyInstance,
	options: SecurityOptions = {},
): Promise<void> {
	app.addHook("onRoute", (route) => {
		if (!isDocsRoute(route.url)) return;
		route.config = Object.assign(route.config ?? {}, {
			helmet: {
				contentSecurityPolicy: {
					useDefaults: false,
					directives: DOCS_CSP_DIRECTIVES,
				},
			},
		});
	});
	await app.register(fastifyHelmet, {
		global: true,
		contentSecurityPolicy: {
			useDefaults: false,
			directives: APP_CSP_DIRECTIVES,
		},
		// Only the same origin may read the API from a browser; no CORS headers are sent.
		crossOriginResourcePolicy: { policy: "same-origin" },
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
