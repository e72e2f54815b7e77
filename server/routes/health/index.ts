import type { FastifyInstance } from "fastify";
import type { Db } from "../../../db/client.ts";
import { countStoredFigures } from "../../../db/queries/health/countStoredFigures.ts";

export interface Health {
	status: "ok";
	municipalities: number;
	snResults: number;
	insiktResults: number;
}

const HealthSchema = {
	type: "object",
	required: ["status", "municipalities", "snResults", "insiktResults"],
	properties: {
		status: { type: "string", enum: ["ok"] },
		municipalities: { type: "integer" },
		snResults: { type: "integer" },
		insiktResults: { type: "integer" },
	},
} as const;

export function healthRoutes(db: Db) {
	return async (app: FastifyInstance): Promise<void> => {
		app.get(
			"",
			{ schema: { tags: ["health"], response: { 200: HealthSchema } } },
			async (): Promise<Health> => {
				return { status: "ok", ...countStoredFigures(db) };
			},
		);
	};
}
