import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import { listMunicipalities } from "../../../db/queries/municipalities/listMunicipalities.ts";
import {
	type PeerGroupList,
	PeerGroupListSchema,
} from "../../schemas/compare.ts";
import type { ServiceContext } from "../../services/context.ts";
import { listPeerGroups } from "../../services/peerGroups.ts";

export function groupRoutes(context: ServiceContext) {
	return async (base: FastifyInstance): Promise<void> => {
		const app = base.withTypeProvider<TypeBoxTypeProvider>();
		app.get(
			"",
			{
				config: { readCache: true },
				schema: {
					tags: ["compare"],
					summary:
						"Named peer sets: GR, every län, every kommungrupp in the data",
					response: { 200: PeerGroupListSchema },
				},
			},
			async (): Promise<PeerGroupList> => ({
				groups: listPeerGroups(listMunicipalities(context.db)),
			}),
		);
	};
}
