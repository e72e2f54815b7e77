import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";

/** OpenAPI document built from the route schemas, at /api/docs/json, with a browsable UI at /api/docs. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
	await app.register(fastifySwagger, {
		openapi: {
			info: {
				title: "Topp10 API",
				description:
					"Svenskt Näringsliv's ranking of the local business climate and SKR Insikt, per municipality. Every figure says whether it is published, imported or synthetic.",
				version: "1",
			},
			components: {
				securitySchemes: {
					sessionCookie: {
						type: "apiKey",
						in: "cookie",
						name: "topp10_session",
						description:
							"Set by POST /api/session (HttpOnly, SameSite=Strict, Secure over HTTPS).",
					},
					csrfToken: {
						type: "apiKey",
						in: "header",
						name: "x-csrf-token",
						description:
							"The csrfToken from POST or GET /api/session; every write made with the session cookie must send it.",
					},
					adminToken: {
						type: "http",
						scheme: "bearer",
						description: "TOPP10_ADMIN_TOKEN, for uploads only.",
					},
				},
			},
		},
	});
	await app.register(fastifySwaggerUi, { routePrefix: "/api/docs" });
}
