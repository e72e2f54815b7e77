import type { FastifyInstance } from "fastify";
import { listMunicipalities } from "../../../db/queries/municipalities/listMunicipalities.ts";
import { PeerGroupListSchema } from "../../schemas/compare.ts";
import type { ServiceContext } from "../../services/context.ts";
import { listPeerGroups } from "../../services/peerGroups.ts";
import { getCachedAnswer } from "../cachedRead.ts";

export function groupRoutes(context: ServiceContext) {
	return async (app: FastifyInstance): Promise<void> => {
		getCachedAnswer(app, {
			tags: ["compare"],
			summary: "Named peer sets: GR, every län, every kommungrupp in the data",
			response: PeerGroupListSchema,
			answer: () => ({
				groups: listPeerGroups(listMunicipalities(context.db)),
			}),
		});
	};
}
