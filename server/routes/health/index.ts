import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { type Static, Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import type { Db } from "../../../db/client.ts";
import { countStoredFigures } from "../../../db/queries/health/countStoredFigures.ts";
import { Int, Obj } from "../../schemas/json.ts";

const HealthSchema = Obj({
	status: Type.Literal("ok"),
	municipalities: Int,
	snResults: Int,
	insiktResults: Int,
});
export type Health = Static<typeof HealthSchema>;

export function healthRoutes(db: Db) {
	return async (base: FastifyInstance): Promise<void> => {
		const app = base.withTypeProvider<TypeBoxTypeProvider>();
		app.get(
			"",
			{ schema: { tags: ["health"], response: { 200: HealthSchema } } },
			async (): Promise<Health> => ({
				status: "ok",
				...countStoredFigures(db),
			}),
		);
	};
}
