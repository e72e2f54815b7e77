/**
 * The p-th quantile (0 ≤ p ≤ 1) with linear interpolation between order statistics
 * (Hyndman–Fan type 7, as Excel's PERCENTILE.INC and R's default). Null for no values.
 */
export function percentile(
	values: readonly number[],
	p: number,
): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const position = (sorted.length - 1) * Math.min(1, Math.max(0, p));
	const lower = Math.floor(position);
	const below = sorted[lower] ?? 0;
	const above = sorted[lower + 1] ?? below;
	return below + (position - lower) * (above - below);
}
