/**
 * Files for db/crashSafety.test.ts: variant v of a full ranking in the long layout, 26 years × 290
 * municipalities, with ranks that differ between variants, so the stored data tells which variant
 * (if any, wholly) it holds.
 */
export const CRASH_YEARS = Array.from({ length: 26 }, (_, i) => 2000 + i);

/** Rank of the municipality at `index` (of `count`) in `year` for variant `variant`. */
export function variantRank(
	variant: number,
	year: number,
	index: number,
	count: number,
): number {
	return ((index + variant * 7 + year) % count) + 1;
}

export function variantCsv(codes: string[], variant: number): string {
	const lines = ["År;Kommunkod;Placering"];
	for (const year of CRASH_YEARS)
		codes.forEach((code, index) => {
			lines.push(
				`${year};${code};${variantRank(variant, year, index, codes.length)}`,
			);
		});
	return `${lines.join("\n")}\n`;
}
