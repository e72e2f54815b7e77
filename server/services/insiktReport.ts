import {
	listInsiktDefinitions,
	listInsiktValuesForSummary,
	listInsiktValuesOf,
} from "../../db/queries/insikt/listInsiktValues.ts";
import { summariseInsikt } from "../analysis/insikt.ts";
import type { InsiktReport } from "../schemas/insikt.ts";
import type { Municipality } from "../schemas/municipalities.ts";
import type { ServiceContext } from "./context.ts";
import { type Refusal, refuse } from "./refusal.ts";

/** Stored Insikt values of a municipality and, for one year, NKI per area against Riket with local ranks. */
export function buildInsiktReport(
	context: ServiceContext,
	municipality: Municipality,
	requestedYear: number | undefined,
): InsiktReport | Refusal {
	const values = listInsiktValuesOf(context.db, municipality.code);
	const years = [...new Set(values.map((v) => v.year))].sort((a, b) => a - b);
	const definitions = listInsiktDefinitions(context.db);
	if (requestedYear !== undefined && !years.includes(requestedYear)) {
		const available =
			years.length > 0
				? `Years with values: ${years.join(", ")}.`
				: "It has no Insikt values.";
		return refuse(
			404,
			"year_not_found",
			`${municipality.name} has no Insikt values for ${requestedYear}. ${available}`,
		);
	}
	const year = requestedYear ?? years.at(-1) ?? null;
	const summary =
		year === null
			? null
			: summariseInsikt(
					listInsiktValuesForSummary(context.db, municipality.code, year),
					municipality.code,
					year,
					definitions,
				);
	return { municipality, year, years, values, summary, definitions };
}
