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
		},
	});
	await app.register(fastifySwaggerUi, { routePrefix: "/api/docs" });
}
