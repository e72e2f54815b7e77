/** Where a stored figure comes from; shown next to every figure in the API and the UI. */
export const PROVENANCES = ["published", "imported", "synthetic"] as const;
export type Provenance = (typeof PROVENANCES)[number];

/** A derived figure is synthetic when any input is, imported when any is, else published. */
export function combineProvenances(
	provenances: readonly (Provenance | null | undefined)[],
): Provenance {
	if (provenances.includes("synthetic")) return "synthetic";
	if (provenances.includes("imported")) return "imported";
	return "published";
}
