import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import { CompareQuery, ComparisonSchema } from "../../schemas/compare.ts";
import { errorResponses } from "../../schemas/errors.ts";
import { buildComparison } from "../../services/compareReport.ts";
import type { ServiceContext } from "../../services/context.ts";
import { sendResult } from "../../services/refusal.ts";

export function compareRoutes(context: ServiceContext) {
	return async (base: FastifyInstance): Promise<void> => {
		const app = base.withTypeProvider<TypeBoxTypeProvider>();
		app.get(
			"",
			{
				config: { readCache: true },
				schema: {
					tags: ["compare"],
					summary:
						"A peer set side by side: ranks, survey score, factors, NKI, rank history",
					querystring: CompareQuery,
					response: { 200: ComparisonSchema, ...errorResponses },
				},
			},
			async (request, reply) =>
				sendResult(reply, buildComparison(context, request.query)),
		);
	};
}
