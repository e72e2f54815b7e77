import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { apiError } from "./errors.ts";

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
