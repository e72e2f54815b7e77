import { MUNICIPALITY_COUNT } from "../domain/ids.ts";

export interface YearCoverage {
	year: number;
	municipalities: number;
	complete: boolean;
}

/**
 * A ranking or survey year is complete when it covers every listed municipality (all 290); Insikt never does
 * (only municipalities whose businesses had cases answer, about 190 a year), so an Insikt year is
 * complete at its usual coverage: at least 80 % of the median over the stored years.
 */
export const INSIKT_USUAL_SHARE = 0.8;

export function assessRankingCoverage(
	counts: readonly { year: number; municipalities: number }[],
	listed: number = MUNICIPALITY_COUNT,
): YearCoverage[] {
	return counts.map((c) => ({
		...c,
		complete: c.municipalities >= listed,
	}));
}

export function assessInsiktCoverage(
	counts: readonly { year: number; municipalities: number }[],
): YearCoverage[] {
	const sorted = counts.map((c) => c.municipalities).sort((a, b) => a - b);
	const middle = sorted.length / 2;
	const median =
		sorted.length === 0
			? 0
			: sorted.length % 2 === 1
				? (sorted[Math.floor(middle)] ?? 0)
				: ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
	return counts.map((c) => ({
		...c,
		complete:
			c.municipalities > 0 && c.municipalities >= INSIKT_USUAL_SHARE * median,
	}));
}

/** The latest complete year, else the latest year at all; null without years. */
export function latestCompleteYear(
	coverage: readonly YearCoverage[],
): number | null {
	return (
		coverage.filter((c) => c.complete).at(-1)?.year ??
		coverage.at(-1)?.year ??
		null
	);
}
