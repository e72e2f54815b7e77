import { asc } from "drizzle-orm";
import type { SnFactorRow } from "../../../domain/importRows.ts";
import type { Db } from "../../client.ts";
import { snFactor } from "../../schema.ts";

export type FactorDefinitionRow = SnFactorRow;

/** Every stored SN factor definition, for matching a factor results file against its year's factors. */
export function listFactorDefinitions(db: Db): FactorDefinitionRow[] {
	return db
		.select({
			year: snFactor.year,
			id: snFactor.id,
			label: snFactor.label,
			kind: snFactor.kind,
			weight: snFactor.weight,
			scaleMin: snFactor.scaleMin,
			scaleMax: snFactor.scaleMax,
			higherIsBetter: snFactor.higherIsBetter,
		})
		.from(snFactor)
		.orderBy(asc(snFactor.year), asc(snFactor.id))
		.all();
}
