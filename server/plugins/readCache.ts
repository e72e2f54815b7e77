import { createHash } from "node:crypto";
import {
	brotliCompressSync,
	gzipSync,
	constants as zlibConstants,
} from "node:zlib";
import type { FastifyInstance, FastifyReply } from "fastify";
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
/** Smaller answers are sent as they are: compressing them saves less than it costs. */
const MIN_COMPRESSED_BYTES = 1024;

export type Encoding = "br" | "gzip";

interface CachedBody {
	version: number;
	/** The ETag of the uncompressed body; a compressed one has the encoding appended. */
	etag: string;
	/** UTF-8 bytes, encoded once: encoding a large answer on every send costs more than sending it. */
	body: Buffer;
	/** Compressed once, when a client first asks for the encoding. */
	compressed: Partial<Record<Encoding, Buffer>>;
}

function etagOf(version: number, key: string): string {
	return `"${version}-${createHash("sha1").update(key).digest("base64url").slice(0, 16)}"`;
}

/** br when the client takes it, else gzip, else none (q=0 refuses an encoding). */
export function preferredEncoding(
	acceptEncoding: string | undefined,
): Encoding | null {
	if (!acceptEncoding) return null;
	const accepted = new Set(
		acceptEncoding
			.split(",")
			.map((part) => part.trim().toLowerCase())
			.filter((part) => !/;\s*q=0(\.0*)?$/.test(part))
			.map((part) => part.split(";")[0]),
	);
	if (accepted.has("br")) return "br";
	if (accepted.has("gzip")) return "gzip";
	return null;
}

function compress(body: Buffer, encoding: Encoding): Buffer {
	return encoding === "br"
		? brotliCompressSync(body, {
				params: {
					[zlibConstants.BROTLI_PARAM_QUALITY]: 5,
					[zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length,
				},
			})
		: gzipSync(body, { level: 6 });
}

/** The bytes and ETag to send for an entry in the client's encoding. */
function representationOf(
	entry: CachedBody,
	encoding: Encoding | null,
): { bytes: Buffer; etag: string; encoding: Encoding | null } {
	if (encoding === null || entry.body.length < MIN_COMPRESSED_BYTES)
		return { bytes: entry.body, etag: entry.etag, encoding: null };
	const bytes = entry.compressed[encoding] ?? compress(entry.body, encoding);
	entry.compressed[encoding] = bytes;
	return { bytes, etag: `${entry.etag.slice(0, -1)}-${encoding}"`, encoding };
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

export interface ReadCacheOptions {
	/** Computed (uncached) answers per client and minute. */
	missesPerMinute?: number;
	/** "private, no-cache" when answers need a login (TOPP10_PRIVATE): no shared cache may keep them. */
	cacheControl?: string;
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
	options: ReadCacheOptions = {},
): Promise<void> {
	const bodies = new Map<string, CachedBody>();
	// Answers not in memory are computed, which is what a flood would aim at: each client may
	// cause only so many computations a minute (a person browsing causes a few).
	const misses = createClientLimiter(options.missesPerMinute ?? 240, 60_000);
	const cacheControl = options.cacheControl ?? "no-cache";
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
		if (cached?.version !== version) {
			// A client may hold an answer this process has not computed yet (after a restart).
			if (isKnownEtag(request.headers["if-none-match"], etagOf(version, key))) {
				request.readCacheHit = true;
				reply
					.header("etag", String(request.headers["if-none-match"]))
					.code(304)
					.send();
				return;
			}
			if (misses.take(request.ip)) return done();
			request.readCacheHit = true;
			refuseTooManyMisses(reply, misses.retryAfterSeconds(request.ip));
			return;
		}
		request.readCacheHit = true;
		const sent = representationOf(
			cached,
			preferredEncoding(request.headers["accept-encoding"]),
		);
		// The ETag is a function of data version, key and encoding, only ever handed out with a 200.
		reply
			.header("etag", sent.etag)
			.header("cache-control", cacheControl)
			.header("vary", "accept-encoding");
		if (request.headers["if-none-match"] === sent.etag) {
			reply.code(304).send();
			return;
		}
		if (sent.encoding) reply.header("content-encoding", sent.encoding);
		reply.type(JSON_TYPE).send(sent.bytes);
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
		const entry: CachedBody = {
			version,
			etag: etagOf(version, key),
			body: Buffer.from(payload),
			compressed: {},
		};
		if (bodies.size >= MAX_ENTRIES)
			bodies.delete(bodies.keys().next().value ?? "");
		bodies.set(key, entry);
		const sent = representationOf(
			entry,
			preferredEncoding(request.headers["accept-encoding"]),
		);
		reply
			.header("etag", sent.etag)
			.header("cache-control", cacheControl)
			.header("vary", "accept-encoding");
		if (sent.encoding) reply.header("content-encoding", sent.encoding);
		done(null, sent.encoding ? sent.bytes : payload);
	});
}

function isKnownEtag(ifNoneMatch: string | undefined, etag: string): boolean {
	if (!ifNoneMatch) return false;
	const base = etag.slice(0, -1);
	return (
		ifNoneMatch === etag ||
		ifNoneMatch === `${base}-br"` ||
		ifNoneMatch === `${base}-gzip"`
	);
}

function refuseTooManyMisses(reply: FastifyReply, seconds: number): void {
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
}
