import type { FastifyInstance } from "fastify";

/** A request slower than this is logged at info even when it succeeded. */
export const SLOW_REQUEST_MS = 1000;

export type RequestLogLevel = "error" | "warn" | "info" | "debug";

/** 5xx at error, 4xx at warn, slow ones at info, everything else at debug. */
export function requestLogLevel(
	statusCode: number,
	responseTimeMs: number,
): RequestLogLevel {
	if (statusCode >= 500) return "error";
	if (statusCode >= 400) return "warn";
	if (responseTimeMs >= SLOW_REQUEST_MS) return "info";
	return "debug";
}

/**
 * One line per finished request (Fastify's own two lines per request are turned off): whoever
 * runs `npm start` sees failures and slow answers, not every asset and cache hit.
 */
export async function registerRequestLog(app: FastifyInstance): Promise<void> {
	app.addHook("onRequest", (request, _reply, done) => {
		request.log.debug(
			{ method: request.method, url: request.url },
			"request received",
		);
		done();
	});
	app.addHook("onResponse", (request, reply, done) => {
		const level = requestLogLevel(reply.statusCode, reply.elapsedTime);
		request.log[level](
			{
				method: request.method,
				url: request.url,
				statusCode: reply.statusCode,
				ms: Math.round(reply.elapsedTime),
			},
			"request",
		);
		done();
	});
}
