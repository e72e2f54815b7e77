import type { ServiceContext } from "./context.ts";
import { type Refusal, refuse } from "./refusal.ts";

export function noRankingFor(
	year: number | undefined,
	years: number[],
): Refusal {
	const available =
		years.length > 0
			? `Years with a ranking: ${years[0]}–${years.at(-1)}.`
			: "No ranking is loaded yet.";
	return refuse(
		404,
		"year_not_found",
		`There is no ranking for ${year ?? "any year"}. ${available}`,
	);
}

/** The asked ranking year, or by default the latest complete one; refused when none is stored. */
export function chooseRankingYear(
	context: ServiceContext,
	requested: number | undefined,
): { year: number; years: number[] } | Refusal {
	const years = context.analysis.rankingYears();
	const year = requested ?? context.analysis.defaultRankingYear();
	if (year === undefined || !years.includes(year))
		return noRankingFor(year, years);
	return { year, years };
}

/**
 * The model, its fit, neighbours and factor ranks compare a municipality with all the others, so
 * they need a year that covers every municipality; a partial year (a few rows imported ahead of
 * the full release) is refused with what is there and what to ask for instead.
 */
export function refuseIncompleteYear(
	context: ServiceContext,
	year: number,
): Refusal | null {
	const { ranking: coverage, listed } = context.analysis.coverage();
	const entry = coverage.find((c) => c.year === year);
	if (!entry || entry.complete) return null;
	const latest = coverage.filter((c) => c.complete).at(-1)?.year;
	return refuse(
		409,
		"year_incomplete",
		`The ${year} ranking holds ${entry.municipalities} of ${listed} municipalities; the model, its fit, the neighbours and the factor ranks need all of them.${latest ? ` The latest complete year is ${latest}.` : ""}`,
	);
}

/** chooseRankingYear, then refuseIncompleteYear. */
export function chooseCompleteRankingYear(
	context: ServiceContext,
	requested: number | undefined,
): { year: number; years: number[] } | Refusal {
	const chosen = chooseRankingYear(context, requested);
	if ("refused" in chosen) return chosen;
	return refuseIncompleteYear(context, chosen.year) ?? chosen;
}
