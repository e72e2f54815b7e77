import type { FastifyInstance } from "fastify";
import {
	type DataYears,
	listDataYears,
} from "../../../db/queries/ranking/listRankingYears.ts";
import { array, int, object } from "../../schemas/json.ts";
import type { ServiceContext } from "../../services/context.ts";

const DataYearsSchema = object({
	rankingYears: array(int),
	scoreYears: array(int),
	insiktYears: array(int),
});

export function yearRoutes(context: ServiceContext) {
	return async (app: FastifyInstance): Promise<void> => {
		app.get(
			"/",
			{
				config: { readCache: true },
				schema: {
					tags: ["meta"],
					summary: "Years with data per source",
					response: { 200: DataYearsSchema },
				},
			},
			async (): Promise<DataYears> => listDataYears(context.db),
		);
	};
}
