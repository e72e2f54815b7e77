import type { FastifyInstance } from "fastify";
import {
	NationalRankingQuery,
	NationalRankingSchema,
} from "../../schemas/rankings.ts";
import type { ServiceContext } from "../../services/context.ts";
import { buildNationalRanking } from "../../services/nationalRanking.ts";
import { getCachedQueryAnswer } from "../cachedRead.ts";

export function rankingRoutes(context: ServiceContext) {
	return async (app: FastifyInstance): Promise<void> => {
		getCachedQueryAnswer(app, {
			tags: ["rankings"],
			summary:
				"All 290 (or a group) for one year: rank, change, survey score, every factor's value and rank",
			querystring: NationalRankingQuery,
			response: NationalRankingSchema,
			answer: (query) => buildNationalRanking(context, query),
		});
	};
}
