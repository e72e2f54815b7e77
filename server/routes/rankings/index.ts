import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import { errorResponses } from "../../schemas/errors.ts";
import {
	NationalRankingQuery,
	NationalRankingSchema,
} from "../../schemas/rankings.ts";
import type { ServiceContext } from "../../services/context.ts";
import { buildNationalRanking } from "../../services/nationalRanking.ts";
import { sendResult } from "../../services/refusal.ts";

export function rankingRoutes(context: ServiceContext) {
	return async (base: FastifyInstance): Promise<void> => {
		const app = base.withTypeProvider<TypeBoxTypeProvider>();
		app.get(
			"",
			{
				config: { readCache: true },
				schema: {
					tags: ["rankings"],
					summary:
						"All 290 (or a group) for one year: rank, change, survey score, every factor's value and rank",
					querystring: NationalRankingQuery,
					response: { 200: NationalRankingSchema, ...errorResponses },
				},
			},
			async (request, reply) =>
				sendResult(reply, buildNationalRanking(context, request.query)),
		);
	};
}
