import type { Provenance } from "../../domain/provenance.ts";

type ProvenanceList = readonly (Provenance | null | undefined)[];

/** True when any of the lists holds a synthetic figure. */
export function hasSynthetic(
	...lists: readonly (ProvenanceList | null | undefined)[]
): boolean {
	return lists.some((list) => list?.includes("synthetic") ?? false);
}

/** True when any of the rows' provenances is synthetic. */
export function anySynthetic<T>(
	rows: readonly T[],
	provenanceOf: (row: T) => Provenance | null | undefined,
): boolean {
	return rows.some((row) => provenanceOf(row) === "synthetic");
}
