import type { FastifyInstance } from "fastify";
import { CompareQuery, ComparisonSchema } from "../../schemas/compare.ts";
import { buildComparison } from "../../services/compareReport.ts";
import type { ServiceContext } from "../../services/context.ts";
import { getCachedQueryAnswer } from "../cachedRead.ts";

export function compareRoutes(context: ServiceContext) {
	return async (app: FastifyInstance): Promise<void> => {
		getCachedQueryAnswer(app, {
			tags: ["compare"],
			summary:
				"A peer set side by side: ranks, survey score, factors, NKI, rank history",
			querystring: CompareQuery,
			response: ComparisonSchema,
			answer: (query) => buildComparison(context, query),
		});
	};
}
