/** How many years after the page's year the target can be set to. */
export const TARGET_YEARS_AHEAD = 8;

/**
 * The target years to offer: every year from the first charted one (a passed target year is
 * judged by its rank, "did we reach the top 10 in 2020?") to a few years after the page's year,
 * and the current target wherever it is.
 */
export function targetYearChoices(
	firstYear: number | null,
	asOf: number,
	current: number,
): number[] {
	const from = Math.min(firstYear ?? asOf + 1, asOf + 1);
	const to = asOf + TARGET_YEARS_AHEAD;
	const years = new Set<number>([current]);
	for (let year = from; year <= to; year++) years.add(year);
	return [...years].sort((a, b) => a - b);
}
