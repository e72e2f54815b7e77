import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { Static } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import type { Db } from "../../../db/client.ts";
import { countStoredFigures } from "../../../db/queries/health/countStoredFigures.ts";
import { countLoadedBundledFiles } from "../../../importers/pipeline/bundled.ts";
import { Int, Obj, StringEnum } from "../../schemas/json.ts";

const HealthSchema = Obj({
	/** "incomplete" when the bundled data set is not wholly loaded. */
	status: StringEnum(["ok", "incomplete"] as const),
	municipalities: Int,
	snResults: Int,
	insiktResults: Int,
	bundledFiles: Obj({ expected: Int, loaded: Int }),
});
export type Health = Static<typeof HealthSchema>;

export function healthRoutes(db: Db) {
	return async (base: FastifyInstance): Promise<void> => {
		const app = base.withTypeProvider<TypeBoxTypeProvider>();
		app.get(
			"",
			{ schema: { tags: ["health"], response: { 200: HealthSchema } } },
			async (): Promise<Health> => {
				const bundledFiles = countLoadedBundledFiles(db);
				const complete = bundledFiles.loaded === bundledFiles.expected;
				return {
					status: complete ? "ok" : "incomplete",
					...countStoredFigures(db),
					bundledFiles,
				};
			},
		);
	};
}
