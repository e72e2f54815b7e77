import type { FastifyInstance } from "fastify";
import {
	type CompareQuery,
	CompareQuery as CompareQuerySchema,
	ComparisonSchema,
} from "../../schemas/compare.ts";
import { errorResponses } from "../../schemas/errors.ts";
import { buildComparison } from "../../services/compareReport.ts";
import type { ServiceContext } from "../../services/context.ts";
import { sendResult } from "../../services/refusal.ts";

export function compareRoutes(context: ServiceContext) {
	return async (app: FastifyInstance): Promise<void> => {
		app.get<{ Querystring: CompareQuery }>(
			"",
			{
				config: { readCache: true },
				schema: {
					tags: ["compare"],
					summary:
						"A peer set side by side: ranks, survey score, factors, NKI, rank history",
					querystring: CompareQuerySchema,
					response: { 200: ComparisonSchema, ...errorResponses },
				},
			},
			async (request, reply) =>
				sendResult(reply, buildComparison(context, request.query)),
		);
	};
}
