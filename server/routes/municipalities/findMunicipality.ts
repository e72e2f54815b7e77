import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Db } from "../../../db/client.ts";
import { getMunicipality } from "../../../db/queries/municipalities/getMunicipality.ts";
import { apiError } from "../../plugins/errors.ts";
import type { Municipality } from "../../schemas/municipalities.ts";

declare module "fastify" {
	interface FastifyRequest {
		municipality: Municipality | null;
	}
}

/** The municipality, or a 404 already sent (with the error shape) when the code is unknown. */
export function findMunicipalityOr404(
	db: Db,
	code: string,
	reply: FastifyReply,
): Municipality | null {
	const municipality = getMunicipality(db, code);
	if (municipality) return municipality;
	void reply
		.code(404)
		.send(
			apiError(
				404,
				"municipality_not_found",
				`No municipality has the code ${code}. Pick one from /api/municipalities.`,
			),
		);
	return null;
}

/** Loads `:code` for every route of the plugin that has one, answering 404 before the handler runs. */
export function loadMunicipalityFromParams(app: FastifyInstance, db: Db): void {
	app.decorateRequest("municipality", null);
	app.addHook("preHandler", async (request, reply) => {
		const { code } = request.params as { code?: string };
		if (code === undefined) return;
		request.municipality = findMunicipalityOr404(db, code, reply);
		if (!request.municipality) return reply;
	});
}

/** The municipality loaded by loadMunicipalityFromParams; its absence is a programming error. */
export function municipalityOf(request: FastifyRequest): Municipality {
	if (!request.municipality)
		throw new Error(
			`route ${request.routeOptions.url} has no :code municipality loaded`,
		);
	return request.municipality;
}
