import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { apiError } from "./errors.ts";

const ONE_YEAR_SECONDS = 31_536_000;

/** Vite names everything under assets/ by its content hash, so those files never change. */
export function cacheControlOf(path: string): string {
	return /[\\/]assets[\\/]/.test(path)
		? `public, max-age=${ONE_YEAR_SECONDS}, immutable`
		: "no-cache";
}

/**
 * Serves the built client and answers unknown non-API GETs with index.html, so that client
 * routes such as /faktorer survive a reload. Unknown /api paths stay JSON 404s.
 */
export async function registerSpa(
	app: FastifyInstance,
	clientDir: string | null,
): Promise<void> {
	const hasClient =
		clientDir !== null && existsSync(join(clientDir, "index.html"));
	if (hasClient) {
		await app.register(fastifyStatic, {
			root: clientDir,
			wildcard: false,
			index: ["index.html"],
			preCompressed: true,
			// Set per file below: hashed assets are immutable, the page itself is revalidated.
			cacheControl: false,
			setHeaders: (reply, path) => {
				reply.header("cache-control", cacheControlOf(path));
			},
		});
	}
	app.setNotFoundHandler((request, reply) => {
		const isPageRequest =
			request.method === "GET" && !request.url.startsWith("/api");
		if (hasClient && isPageRequest)
			return reply.type("text/html").sendFile("index.html");
		return reply
			.code(404)
			.send(
				apiError(
					404,
					"not_found",
					`No such resource: ${request.method} ${request.url.split("?")[0]}`,
				),
			);
	});
}
