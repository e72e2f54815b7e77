import type { YearCoverage } from "../../analysis/yearCoverage.ts";
import type { DataYears } from "../../server/schemas/years.ts";

export type CoverageSource = keyof DataYears["coverage"];

/** A year that does not cover every municipality (a few rows imported ahead of the release). */
export interface IncompleteYear {
	year: number;
	municipalities: number;
	/** The latest complete year of the same source, the one the pages default to. */
	latestComplete: number | null;
}

/** The year's coverage entry when the year is stored and not complete; null otherwise. */
export function incompleteYear(
	years: DataYears | undefined,
	year: number | null,
	source: CoverageSource = "ranking",
): IncompleteYear | null {
	if (!years || year === null) return null;
	const entry = years.coverage[source].find((c) => c.year === year);
	if (!entry || entry.complete) return null;
	return {
		year,
		municipalities: entry.municipalities,
		latestComplete: years.latestComplete[source],
	};
}

/** The stored years of a source that are not complete, with how many municipalities each has. */
export function incompleteCounts(
	coverage: readonly YearCoverage[],
): Map<number, number> {
	return new Map(
		coverage.filter((c) => !c.complete).map((c) => [c.year, c.municipalities]),
	);
}
