/**
 * Similar municipalities, in the spirit of Kolada's likhetsutsökning: each chosen indicator gives
 * a difference between 0 (the same) and 1 (the largest difference that year), and the index is the
 * weighted mean of those differences over the indicators both municipalities have (Gower's
 * distance). A numeric indicator's difference is |a − b| divided by its range over all
 * municipalities; a category (e.g. kommungrupp) differs by 0 or 1.
 */
export type IndicatorValue = number | string | null;

export interface Indicator {
	id: string;
	weight: number;
	/** Municipality code → value; a missing code or null means no value. */
	values: Readonly<Record<string, IndicatorValue>>;
}

export interface SimilarMunicipality {
	code: string;
	/** 0 = identical on every indicator compared, 1 = as far apart as any two that year. */
	difference: number;
	/** Share of the indicators' weight both municipalities have values for. */
	coverage: number;
}

/** Pairs with less of the weight covered than this are not compared at all. */
export const MIN_COVERAGE = 0.5;

function rangeOf(indicator: Indicator): number | null {
	const numbers = Object.values(indicator.values).filter(
		(value): value is number => typeof value === "number",
	);
	if (numbers.length < 2) return null;
	const range = Math.max(...numbers) - Math.min(...numbers);
	return range > 0 ? range : null;
}

function differenceOn(
	a: IndicatorValue,
	b: IndicatorValue,
	range: number | null,
): number | null {
	if (a === null || b === null) return null;
	if (typeof a === "string" || typeof b === "string") return a === b ? 0 : 1;
	return range === null ? 0 : Math.abs(a - b) / range;
}

/** The municipalities closest to `code`, closest first (ties by code), at most `count`. */
export function findSimilar(
	code: string,
	candidates: readonly string[],
	indicators: readonly Indicator[],
	count: number,
): SimilarMunicipality[] {
	const totalWeight = indicators.reduce((sum, i) => sum + i.weight, 0);
	if (totalWeight <= 0) return [];
	const ranges = indicators.map(rangeOf);
	const results: SimilarMunicipality[] = [];
	for (const other of candidates) {
		if (other === code) continue;
		let weighted = 0;
		let covered = 0;
		indicators.forEach((indicator, index) => {
			const difference = differenceOn(
				indicator.values[code] ?? null,
				indicator.values[other] ?? null,
				ranges[index] ?? null,
			);
			if (difference === null) return;
			weighted += indicator.weight * difference;
			covered += indicator.weight;
		});
		const coverage = covered / totalWeight;
		if (covered === 0 || coverage < MIN_COVERAGE) continue;
		results.push({ code: other, difference: weighted / covered, coverage });
	}
	return results
		.sort((a, b) => a.difference - b.difference || a.code.localeCompare(b.code))
		.slice(0, count);
}
