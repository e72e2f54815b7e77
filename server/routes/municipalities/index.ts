import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { Static, TObject, TSchema } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { listMunicipalities } from "../../../db/queries/municipalities/listMunicipalities.ts";
import { MunicipalityCodeParams } from "../../schemas/common.ts";
import { errorResponses } from "../../schemas/errors.ts";
import { GapQuery, GapSchema } from "../../schemas/gap.ts";
import { InsiktQuery, InsiktReportSchema } from "../../schemas/insikt.ts";
import {
	type Municipality,
	MunicipalityListSchema,
} from "../../schemas/municipalities.ts";
import { RankingQuery, RankingSchema } from "../../schemas/ranking.ts";
import { SimilarQuery, SimilarSchema } from "../../schemas/similar.ts";
import type { ServiceContext } from "../../services/context.ts";
import { buildGapReport } from "../../services/gapReport.ts";
import { buildInsiktReport } from "../../services/insiktReport.ts";
import { buildRankingReport } from "../../services/rankingReport.ts";
import { type Refusal, sendResult } from "../../services/refusal.ts";
import { buildSimilarReport } from "../../services/similarReport.ts";
import { getCachedAnswer } from "../cachedRead.ts";
import {
	loadMunicipalityFromParams,
	municipalityOf,
} from "./findMunicipality.ts";

const tags = ["municipalities"];
const config = { readCache: true };

type Build<Q extends TSchema, R extends TObject> = (
	context: ServiceContext,
	municipality: Municipality,
	query: Static<Q>,
) => Static<R> | Refusal;

/** A cached `/:code/…` route: its summary, query and answer schemas, and the service answering it. */
function getPerMunicipality<Q extends TSchema, R extends TObject>(
	app: FastifyInstance,
	context: ServiceContext,
	route: {
		url: string;
		summary: string;
		querystring: Q;
		response: R;
		build: Build<Q, R>;
	},
): void {
	// Typed from the route's own schemas: the type provider cannot resolve a generic schema.
	app.get<{ Params: MunicipalityCodeParams; Querystring: Static<Q> }>(
		route.url,
		{
			config,
			schema: {
				tags,
				summary: route.summary,
				params: MunicipalityCodeParams,
				querystring: route.querystring,
				response: { 200: route.response, ...errorResponses },
			},
		},
		async (request, reply) =>
			sendResult(
				reply,
				route.build(
					context,
					municipalityOf(request),
					request.query as Static<Q>,
				),
			),
	);
}

export function municipalityRoutes(context: ServiceContext) {
	return async (base: FastifyInstance): Promise<void> => {
		const app = base.withTypeProvider<TypeBoxTypeProvider>();
		loadMunicipalityFromParams(app, context.db);
		getCachedAnswer(app, {
			tags,
			summary: "All 290 municipalities",
			response: MunicipalityListSchema,
			answer: () => ({ municipalities: listMunicipalities(context.db) }),
		});

		getPerMunicipality(app, context, {
			url: "/:code/ranking",
			summary:
				"Rank per year, trend and projection to the target year, May survey signal",
			querystring: RankingQuery,
			response: RankingSchema,
			build: buildRankingReport,
		});
		getPerMunicipality(app, context, {
			url: "/:code/gap",
			summary:
				"Gap to the top 10 in places, survey score and each factor; what explains it",
			querystring: GapQuery,
			response: GapSchema,
			build: (c, municipality, query) =>
				buildGapReport(c, municipality, query.year),
		});
		getPerMunicipality(app, context, {
			url: "/:code/similar",
			summary:
				"The municipalities most like this one, by a stated difference index over chosen indicators",
			querystring: SimilarQuery,
			response: SimilarSchema,
			build: buildSimilarReport,
		});
		getPerMunicipality(app, context, {
			url: "/:code/insikt",
			summary:
				"SKR Insikt values; NKI per area against Riket with grade bands and local ranks",
			querystring: InsiktQuery,
			response: InsiktReportSchema,
			build: buildInsiktReport,
		});
	};
}
