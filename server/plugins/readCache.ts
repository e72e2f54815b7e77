import { createHash } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { Db } from "../../db/client.ts";
import { getDataVersion } from "../../db/queries/meta/getDataVersion.ts";

declare module "fastify" {
	interface FastifyContextConfig {
		/** GET route whose answer depends only on the URL and the stored data. */
		readCache?: boolean;
	}
	interface FastifyRequest {
		readCacheVersion?: number;
	}
}

const MAX_ENTRIES = 2000;

interface CachedBody {
	version: number;
	body: string;
}

function etagOf(version: number, url: string): string {
	return `"${version}-${createHash("sha1").update(url).digest("base64url").slice(0, 16)}"`;
}

/**
 * Data changes only when an import lands, so read routes answer with an ETag keyed on the data
 * version (304 when the client has it) and serve repeated URLs from memory. Cache-Control
 * no-cache makes browsers revalidate, so an import shows up on the next request.
 */
export async function registerReadCache(
	app: FastifyInstance,
	db: Db,
): Promise<void> {
	const bodies = new Map<string, CachedBody>();

	app.addHook("onRequest", async (request, reply) => {
		if (request.method !== "GET" || !request.routeOptions.config.readCache)
			return;
		const version = getDataVersion(db);
		request.readCacheVersion = version;
		const etag = etagOf(version, request.url);
		// The ETag is a function of data version and URL, and is only ever handed out with a 200.
		if (request.headers["if-none-match"] === etag) {
			return reply
				.header("etag", etag)
				.header("cache-control", "no-cache")
				.code(304)
				.send();
		}
		const cached = bodies.get(request.url);
		if (cached?.version !== version) return;
		reply.header("etag", etag).header("cache-control", "no-cache");
		return reply.type("application/json; charset=utf-8").send(cached.body);
	});

	app.addHook("onSend", async (request, reply, payload) => {
		const version = request.readCacheVersion;
		if (
			version === undefined ||
			reply.statusCode !== 200 ||
			typeof payload !== "string"
		)
			return payload;
		reply
			.header("etag", etagOf(version, request.url))
			.header("cache-control", "no-cache");
		if (bodies.get(request.url)?.version !== version) {
			if (bodies.size >= MAX_ENTRIES)
				bodies.delete(bodies.keys().next().value ?? "");
			bodies.set(request.url, { version, body: payload });
		}
		return payload;
	});
}
