import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { TSchema } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { listMunicipalities } from "../../../db/queries/municipalities/listMunicipalities.ts";
import { MunicipalityCodeParams } from "../../schemas/common.ts";
import { errorResponses } from "../../schemas/errors.ts";
import { GapQuery, GapSchema } from "../../schemas/gap.ts";
import { InsiktQuery, InsiktReportSchema } from "../../schemas/insikt.ts";
import {
	type MunicipalityList,
	MunicipalityListSchema,
} from "../../schemas/municipalities.ts";
import { RankingQuery, RankingSchema } from "../../schemas/ranking.ts";
import { SimilarQuery, SimilarSchema } from "../../schemas/rankings.ts";
import type { ServiceContext } from "../../services/context.ts";
import { buildGapReport } from "../../services/gapReport.ts";
import { buildInsiktReport } from "../../services/insiktReport.ts";
import { buildRankingReport } from "../../services/rankingReport.ts";
import { sendResult } from "../../services/refusal.ts";
import { buildSimilarReport } from "../../services/similarReport.ts";
import {
	loadMunicipalityFromParams,
	municipalityOf,
} from "./findMunicipality.ts";

const tags = ["municipalities"];
const config = { readCache: true };

/** The options of a cached `/:code/…` route: its summary, query and answer schemas. */
function perMunicipality<Q extends TSchema, R extends TSchema>(
	summary: string,
	querystring: Q,
	response: R,
) {
	return {
		config,
		schema: {
			tags,
			summary,
			params: MunicipalityCodeParams,
			querystring,
			response: { 200: response, ...errorResponses },
		},
	};
}

export function municipalityRoutes(context: ServiceContext) {
	return async (base: FastifyInstance): Promise<void> => {
		const app = base.withTypeProvider<TypeBoxTypeProvider>();
		loadMunicipalityFromParams(app, context.db);
		app.get(
			"",
			{
				config,
				schema: {
					tags,
					summary: "All 290 municipalities",
					response: { 200: MunicipalityListSchema },
				},
			},
			async (): Promise<MunicipalityList> => ({
				municipalities: listMunicipalities(context.db),
			}),
		);

		app.get(
			"/:code/ranking",
			perMunicipality(
				"Rank per year, trend and projection to the target year, May survey signal",
				RankingQuery,
				RankingSchema,
			),
			async (request, reply) =>
				sendResult(
					reply,
					buildRankingReport(context, municipalityOf(request), request.query),
				),
		);

		app.get(
			"/:code/gap",
			perMunicipality(
				"Gap to the top 10 in places, survey score and each factor; what explains it",
				GapQuery,
				GapSchema,
			),
			async (request, reply) =>
				sendResult(
					reply,
					buildGapReport(context, municipalityOf(request), request.query.year),
				),
		);

		app.get(
			"/:code/similar",
			perMunicipality(
				"The municipalities most like this one, by a stated difference index over chosen indicators",
				SimilarQuery,
				SimilarSchema,
			),
			async (request, reply) =>
				sendResult(
					reply,
					buildSimilarReport(context, municipalityOf(request), request.query),
				),
		);

		app.get(
			"/:code/insikt",
			perMunicipality(
				"SKR Insikt values; NKI per area against Riket with grade bands and local ranks",
				InsiktQuery,
				InsiktReportSchema,
			),
			async (request, reply) =>
				sendResult(
					reply,
					buildInsiktReport(context, municipalityOf(request), request.query),
				),
		);
	};
}
