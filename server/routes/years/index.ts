import type { FastifyInstance } from "fastify";
import { type DataYears, DataYearsSchema } from "../../schemas/years.ts";
import type { ServiceContext } from "../../services/context.ts";

export function yearRoutes(context: ServiceContext) {
	return async (app: FastifyInstance): Promise<void> => {
		app.get(
			"",
			{
				config: { readCache: true },
				schema: {
					tags: ["meta"],
					summary: "Years with data per source",
					response: { 200: DataYearsSchema },
				},
			},
			async (): Promise<DataYears> => context.analysis.dataYears(),
		);
	};
}
