/**
 * Spearman's rank correlation: Pearson's r on ranks, ties given their average rank.
 * Null when there are fewer than 3 pairs or either side has no variance.
 */
export function spearman(
	xs: readonly number[],
	ys: readonly number[],
): number | null {
	if (xs.length !== ys.length) {
		throw new RangeError(
			`spearman: ${xs.length} x values but ${ys.length} y values`,
		);
	}
	if (xs.length < 3) return null;
	return pearson(averageRanks(xs), averageRanks(ys));
}

function averageRanks(values: readonly number[]): number[] {
	const order = values
		.map((value, index) => ({ value, index }))
		.sort((a, b) => a.value - b.value);
	const ranks = values.map(() => 0);
	let start = 0;
	while (start < order.length) {
		let end = start;
		while (order[end + 1]?.value === order[start]?.value) end++;
		const averageRank = (start + end) / 2 + 1;
		for (const item of order.slice(start, end + 1)) {
			ranks[item.index] = averageRank;
		}
		start = end + 1;
	}
	return ranks;
}

function pearson(a: readonly number[], b: readonly number[]): number | null {
	const meanA = mean(a);
	const meanB = mean(b);
	let sumAB = 0;
	let sumAA = 0;
	let sumBB = 0;
	a.forEach((valueA, i) => {
		const da = valueA - meanA;
		const db = (b[i] ?? meanB) - meanB;
		sumAB += da * db;
		sumAA += da * da;
		sumBB += db * db;
	});
	if (sumAA === 0 || sumBB === 0) return null;
	// Rounding can push |r| a hair past 1.
	return Math.max(-1, Math.min(1, sumAB / Math.sqrt(sumAA * sumBB)));
}

function mean(values: readonly number[]): number {
	return values.reduce((sum, value) => sum + value, 0) / values.length;
}
