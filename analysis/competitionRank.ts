export interface CompetitionRankOptions {
	/** true: the highest value gets rank 1. */
	descending: boolean;
}

/**
 * Standard competition ranking ("1224"): equal values share the best rank of their group and the
 * next rank skips accordingly. Null and non-finite values stay unranked (null).
 */
export function rankCompetition(
	values: readonly (number | null)[],
	{ descending }: CompetitionRankOptions,
): (number | null)[] {
	const sorted = values
		.filter(
			(value): value is number => value !== null && Number.isFinite(value),
		)
		.sort((a, b) => (descending ? b - a : a - b));
	const firstRankOf = new Map<number, number>();
	sorted.forEach((value, index) => {
		if (!firstRankOf.has(value)) firstRankOf.set(value, index + 1);
	});
	return values.map((value) =>
		value === null ? null : (firstRankOf.get(value) ?? null),
	);
}
