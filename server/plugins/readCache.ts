import { createHash } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { Db } from "../../db/client.ts";
import { createDataVersionReader } from "../../db/queries/meta/getDataVersion.ts";
import { createClientLimiter } from "./clientLimiter.ts";
import { apiError } from "./errors.ts";

declare module "fastify" {
	interface FastifyContextConfig {
		/** GET route whose answer depends only on its validated parameters and the stored data. */
		readCache?: boolean;
	}
	interface FastifyRequest {
		/** Data version the answer is computed for; undefined when the route is not cached. */
		readCacheVersion?: number;
		/** The route and its validated, normalised parameters; what the answer depends on. */
		readCacheKey?: string;
		/** The answer came from memory: nothing left for onSend to do. */
		readCacheHit?: boolean;
	}
}

const MAX_ENTRIES = 2000;
const JSON_TYPE = "application/json; charset=utf-8";

interface CachedBody {
	version: number;
	etag: string;
	/** UTF-8 bytes, encoded once: encoding a large answer on every send costs more than sending it. */
	body: Buffer;
}

function etagOf(version: number, key: string): string {
	return `"${version}-${createHash("sha1").update(key).digest("base64url").slice(0, 16)}"`;
}

function sortedEntries(value: unknown): [string, unknown][] {
	if (value === null || typeof value !== "object") return [];
	return Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The key of an answer: the route and its parameters after validation (coerced, defaults filled
 * in, unknown ones removed), so `?year=2023&zz=1`, `?year=02023` and `?year=2023` share one entry
 * and junk parameters cannot force a recomputation.
 */
export function readCacheKeyOf(
	route: string,
	params: unknown,
	query: unknown,
): string {
	return JSON.stringify([route, sortedEntries(params), sortedEntries(query)]);
}

/**
 * Data changes only when an import lands, so read routes answer with an ETag keyed on the data
 * version (304 when the client has it) and serve repeated requests from memory. Cache-Control
 * no-cache makes browsers revalidate, so an import shows up on the next request.
 *
 * The lookup runs after validation (preHandler), on the normalised key. The hit path is on every
 * cached request, so it is kept to a map lookup and a cheap version check (createDataVersionReader: an import by another process, the CLI, shows up within 100 ms),
 * callback-style hooks (no promise per request), the ETag stored with the body instead of hashed
 * per request, the body kept as bytes, and onSend skipped for answers served from memory.
 */
export async function registerReadCache(
	app: FastifyInstance,
	db: Db,
	options: { missesPerMinute?: number } = {},
): Promise<void> {
	const bodies = new Map<string, CachedBody>();
	// Answers not in memory are computed, which is what a flood would aim at: each client may
	// cause only so many computations a minute (a person browsing causes a few).
	const misses = createClientLimiter(options.missesPerMinute ?? 240, 60_000);
	const dataVersion = createDataVersionReader(db);

	app.addHook("onRequest", (request, _reply, done) => {
		if (request.method === "GET" && request.routeOptions.config.readCache)
			request.readCacheVersion = dataVersion();
		done();
	});

	app.addHook("preHandler", (request, reply, done) => {
		const version = request.readCacheVersion;
		if (version === undefined) return done();
		const key = readCacheKeyOf(
			request.routeOptions.url ?? "",
			request.params,
			request.query,
		);
		request.readCacheKey = key;
		const cached = bodies.get(key);
		const etag =
			cached?.version === version ? cached.etag : etagOf(version, key);
		// The ETag is a function of data version and key, and is only ever handed out with a 200.
		if (request.headers["if-none-match"] === etag) {
			request.readCacheHit = true;
			reply
				.header("etag", etag)
				.header("cache-control", "no-cache")
				.code(304)
				.send();
			return;
		}
		if (cached?.version !== version) {
			if (misses.take(request.ip)) return done();
			const seconds = misses.retryAfterSeconds(request.ip);
			request.readCacheHit = true;
			reply
				.code(429)
				.header("retry-after", String(seconds))
				.send(
					apiError(
						429,
						"rate_limited",
						`Too many new questions from this address. Try again in ${seconds} seconds.`,
					),
				);
			return;
		}
		request.readCacheHit = true;
		reply
			.header("etag", etag)
			.header("cache-control", "no-cache")
			.type(JSON_TYPE)
			.send(cached.body);
	});

	app.addHook("onSend", (request, reply, payload, done) => {
		const version = request.readCacheVersion;
		const key = request.readCacheKey;
		if (
			request.readCacheHit ||
			version === undefined ||
			key === undefined ||
			reply.statusCode !== 200 ||
			typeof payload !== "string"
		)
			return done(null, payload);
		const etag = etagOf(version, key);
		reply.header("etag", etag).header("cache-control", "no-cache");
		if (bodies.get(key)?.version !== version) {
			if (bodies.size >= MAX_ENTRIES)
				bodies.delete(bodies.keys().next().value ?? "");
			bodies.set(key, { version, etag, body: Buffer.from(payload) });
		}
		done(null, payload);
	});
}
