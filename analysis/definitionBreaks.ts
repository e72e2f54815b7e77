/** The areas that make up NKI totalt in one year. */
export interface AreaDefinition {
	year: number;
	areas: readonly string[];
}

export interface DefinitionBreak {
	year: number;
	/** The closest earlier year with a definition. */
	previousYear: number;
	added: string[];
	removed: string[];
}

/** Years whose area set differs from the closest earlier year's. */
export function findDefinitionBreaks(
	definitions: readonly AreaDefinition[],
): DefinitionBreak[] {
	const byYear = [...definitions].sort((a, b) => a.year - b.year);
	return byYear.flatMap((current, i) => {
		const previous = byYear[i - 1];
		if (!previous) return [];
		const added = difference(current.areas, previous.areas);
		const removed = difference(previous.areas, current.areas);
		if (added.length === 0 && removed.length === 0) return [];
		return [
			{ year: current.year, previousYear: previous.year, added, removed },
		];
	});
}

function difference(a: readonly string[], b: readonly string[]): string[] {
	const inB = new Set(b);
	return [...new Set(a)].filter((area) => !inB.has(area)).sort();
}
