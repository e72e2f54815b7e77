import type { FastifyInstance } from "fastify";
import type { Db } from "../../../db/client.ts";
import { getMunicipality } from "../../../db/queries/municipalities/getMunicipality.ts";
import { listMunicipalities } from "../../../db/queries/municipalities/listMunicipalities.ts";
import { getRankingSeries } from "../../../db/queries/ranking/getRankingSeries.ts";
import { apiError } from "../../plugins/errors.ts";
import { MunicipalityCodeParams } from "../../schemas/common.ts";
import { errorResponses } from "../../schemas/errors.ts";
import {
	type MunicipalityList,
	MunicipalityListSchema,
	type Ranking,
	RankingSchema,
} from "../../schemas/municipalities.ts";

export function unknownMunicipality(code: string) {
	return apiError(
		404,
		"municipality_not_found",
		`No municipality has the code ${code}. Pick one from /api/municipalities.`,
	);
}

export function municipalityRoutes(db: Db) {
	return async (app: FastifyInstance): Promise<void> => {
		app.get(
			"/",
			{
				schema: {
					tags: ["municipalities"],
					response: { 200: MunicipalityListSchema },
				},
			},
			async (): Promise<MunicipalityList> => ({
				municipalities: listMunicipalities(db),
			}),
		);

		app.get<{ Params: MunicipalityCodeParams }>(
			"/:code/ranking",
			{
				schema: {
					tags: ["municipalities"],
					params: MunicipalityCodeParams,
					response: { 200: RankingSchema, ...errorResponses },
				},
			},
			async (request, reply) => {
				const municipality = getMunicipality(db, request.params.code);
				if (!municipality)
					return reply.code(404).send(unknownMunicipality(request.params.code));
				const ranking: Ranking = {
					municipality,
					years: getRankingSeries(db, municipality.code),
				};
				return ranking;
			},
		);
	};
}
