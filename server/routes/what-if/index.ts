import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import { errorResponses } from "../../schemas/errors.ts";
import { WhatIfBody, WhatIfReportSchema } from "../../schemas/whatIf.ts";
import type { ServiceContext } from "../../services/context.ts";
import { sendResult } from "../../services/refusal.ts";
import { buildWhatIfReport } from "../../services/whatIfReport.ts";
import { findMunicipalityOr404 } from "../municipalities/findMunicipality.ts";

export function whatIfRoutes(context: ServiceContext) {
	return async (base: FastifyInstance): Promise<void> => {
		const app = base.withTypeProvider<TypeBoxTypeProvider>();
		app.post(
			"",
			{
				// Never cached (every body is new), so each client gets a budget; a person
				// dragging sliders sends a few a second at most.
				preHandler: app.rateLimit({ max: 300, timeWindow: 60_000 }),
				config: { changesNothing: true },
				schema: {
					tags: ["what-if"],
					summary:
						"Modelled rank before and after new factor scores, with the model and its measured fit",
					body: WhatIfBody,
					response: { 200: WhatIfReportSchema, ...errorResponses },
				},
			},
			async (request, reply) => {
				const municipality = findMunicipalityOr404(
					context.db,
					request.body.code,
					reply,
				);
				if (!municipality) return reply;
				return sendResult(
					reply,
					buildWhatIfReport(context, municipality, request.body),
				);
			},
		);
	};
}
