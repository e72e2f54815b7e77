import type { FastifyInstance } from "fastify";
import { DataYearsSchema } from "../../schemas/years.ts";
import type { ServiceContext } from "../../services/context.ts";
import { getCachedAnswer } from "../cachedRead.ts";

export function yearRoutes(context: ServiceContext) {
	return async (app: FastifyInstance): Promise<void> => {
		getCachedAnswer(app, {
			tags: ["meta"],
			summary: "Years with data per source",
			response: DataYearsSchema,
			answer: () => context.analysis.dataYears(),
		});
	};
}
