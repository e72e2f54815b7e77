import {
	listInsiktDefinitions,
	listInsiktValuesForSummary,
	listInsiktYearsOf,
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
	const years = listInsiktYearsOf(context.db, municipality.code);
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
	if (year === null)
		return {
			municipality,
			year,
			years,
			values: [],
			summary: null,
			definitions,
		};
	const yearValues = listInsiktValuesForSummary(
		context.db,
		municipality.code,
		year,
	);
	const values = yearValues.filter(
		(v) => v.municipalityCode === municipality.code && v.year === year,
	);
	const summary = summariseInsikt(
		yearValues,
		municipality.code,
		year,
		definitions,
	);
	return { municipality, year, years, values, summary, definitions };
}
