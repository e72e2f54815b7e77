export interface LinearFit {
	/** y = intercept + slope · x */
	intercept: number;
	slope: number;
	/** Null when y has no variance. */
	rSquared: number | null;
	/** √(SSE / (n − 2)); null when n < 3. */
	residualSd: number | null;
	n: number;
	meanX: number;
	/** Σ(x − x̄)², kept for prediction intervals. */
	sumSquaresX: number;
}

export interface PredictionInterval {
	estimate: number;
	low: number | null;
	high: number | null;
	/** Two-sided coverage of [low, high]. */
	level: number;
}

/** Ordinary least squares. Null when n < 2 or all x are equal. */
export function linearFit(
	xs: readonly number[],
	ys: readonly number[],
): LinearFit | null {
	if (xs.length !== ys.length) {
		throw new RangeError(
			`linearFit: ${xs.length} x values but ${ys.length} y values`,
		);
	}
	const n = xs.length;
	if (n < 2) return null;
	const meanX = sum(xs) / n;
	const meanY = sum(ys) / n;
	const dy = (i: number) => (ys[i] ?? meanY) - meanY;
	const sumSquaresX = sum(xs.map((x) => (x - meanX) ** 2));
	if (sumSquaresX === 0) return null;
	const slope = sum(xs.map((x, i) => (x - meanX) * dy(i))) / sumSquaresX;
	const intercept = meanY - slope * meanX;
	const sse = sum(
		xs.map((x, i) => ((ys[i] ?? 0) - intercept - slope * x) ** 2),
	);
	const sumSquaresY = sum(ys.map((_, i) => dy(i) ** 2));
	return {
		intercept,
		slope,
		rSquared: sumSquaresY === 0 ? null : Math.max(0, 1 - sse / sumSquaresY),
		residualSd: n > 2 ? Math.sqrt(sse / (n - 2)) : null,
		n,
		meanX,
		sumSquaresX,
	};
}

/**
 * 80 % prediction interval for a new observation at x:
 * ŷ ± t(0.90, n − 2) · s · √(1 + 1/n + (x − x̄)² / Σ(x − x̄)²),
 * with Student's t from a table (exact to 3 decimals for df ≤ 30).
 */
export function predictionInterval(
	fit: LinearFit,
	x: number,
): PredictionInterval {
	const estimate = fit.intercept + fit.slope * x;
	if (fit.residualSd === null) {
		return { estimate, low: null, high: null, level: 0.8 };
	}
	const spread =
		tQuantile90(fit.n - 2) *
		fit.residualSd *
		Math.sqrt(1 + 1 / fit.n + (x - fit.meanX) ** 2 / fit.sumSquaresX);
	return {
		estimate,
		low: estimate - spread,
		high: estimate + spread,
		level: 0.8,
	};
}

const T90_BY_DF = [
	3.078, 1.886, 1.638, 1.533, 1.476, 1.44, 1.415, 1.397, 1.383, 1.372, 1.363,
	1.356, 1.35, 1.345, 1.341, 1.337, 1.333, 1.33, 1.328, 1.325, 1.323, 1.321,
	1.319, 1.318, 1.316, 1.315, 1.314, 1.313, 1.311, 1.31,
];

/** Beyond df 30 the tabulated value at the next lower df is used, which errs wide. */
function tQuantile90(df: number): number {
	const tabulated = T90_BY_DF[df - 1];
	if (tabulated !== undefined) return tabulated;
	if (df < 40) return 1.31;
	if (df < 60) return 1.303;
	if (df < 120) return 1.296;
	return df < 1000 ? 1.289 : 1.2816;
}

function sum(values: readonly number[]): number {
	return values.reduce((total, value) => total + value, 0);
}
