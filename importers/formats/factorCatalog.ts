import type { SnFactorRow } from "../../domain/importRows.ts";
import { normaliseHeader } from "../table/header.ts";

/** SN's factors per year, looked up by id ("service") or label ("Service till företagen"). */
export interface FactorCatalog {
	find(year: number, idOrLabel: string): SnFactorRow | undefined;
	idsOf(year: number): string[];
}

/**
 * Stored definitions, overridden year by year by a paired definitions file (a definitions file
 * replaces its years' factor lists when written, so its years must not mix with the stored ones).
 */
export function createFactorCatalog(
	stored: SnFactorRow[],
	paired: SnFactorRow[],
): FactorCatalog {
	const pairedYears = new Set(paired.map((f) => f.year));
	const byYear = new Map<number, Map<string, SnFactorRow>>();
	for (const factor of [
		...stored.filter((f) => !pairedYears.has(f.year)),
		...paired,
	]) {
		const keys = byYear.get(factor.year) ?? new Map<string, SnFactorRow>();
		keys.set(factor.id, factor);
		keys.set(normaliseHeader(factor.label), factor);
		byYear.set(factor.year, keys);
	}
	return {
		find: (year, idOrLabel) => {
			const keys = byYear.get(year);
			return (
				keys?.get(idOrLabel.trim()) ?? keys?.get(normaliseHeader(idOrLabel))
			);
		},
		idsOf: (year) =>
			[
				...new Set([...(byYear.get(year)?.values() ?? [])].map((f) => f.id)),
			].sort(),
	};
}
