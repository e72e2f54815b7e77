import type { FastifyReply } from "fastify";
import type { Db } from "../../../db/client.ts";
import { getMunicipality } from "../../../db/queries/municipalities/getMunicipality.ts";
import { apiError } from "../../plugins/errors.ts";
import type { Municipality } from "../../schemas/municipalities.ts";

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
