import Fastify, { type FastifyInstance } from "fastify";
import type { Db } from "../db/client.ts";
import { registerErrorHandling } from "./plugins/errors.ts";
import { registerOpenApi } from "./plugins/openapi.ts";
import { registerSpa } from "./plugins/spa.ts";
import { healthRoutes } from "./routes/health/index.ts";
import { municipalityRoutes } from "./routes/municipalities/index.ts";

export interface AppOptions {
	db: Db;
	/** Folder of the built client (index.html); null serves the API only. */
	clientDir?: string | null;
	logger?: boolean | { level: string };
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
	const app = Fastify({
		logger: options.logger ?? false,
		ajv: { customOptions: { removeAdditional: "all", coerceTypes: "array" } },
	});
	await registerErrorHandling(app);
	await registerOpenApi(app);
	await app.register(healthRoutes(options.db), { prefix: "/api/health" });
	await app.register(municipalityRoutes(options.db), {
		prefix: "/api/municipalities",
	});
	await registerSpa(app, options.clientDir ?? null);
	return app;
}
