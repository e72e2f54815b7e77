import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import { type DataYears, DataYearsSchema } from "../../schemas/years.ts";
import type { ServiceContext } from "../../services/context.ts";

export function yearRoutes(context: ServiceContext) {
	return async (base: FastifyInstance): Promise<void> => {
		const app = base.withTypeProvider<TypeBoxTypeProvider>();
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
