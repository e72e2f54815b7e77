import type { Provenance } from "../../domain/provenance.ts";
import type { Lang } from "./format.ts";

export const PROVENANCE_LABELS: Record<Provenance, string> = {
	published: "publicerad",
	imported: "importerad",
	synthetic: "syntetisk exempeldata",
};

const PROVENANCE_LABELS_EN: Record<Provenance, string> = {
	published: "published",
	imported: "imported",
	synthetic: "synthetic example data",
};

export function provenanceLabel(
	provenance: Provenance,
	lang: Lang = "sv",
): string {
	return (lang === "sv" ? PROVENANCE_LABELS : PROVENANCE_LABELS_EN)[provenance];
}

/** True when any of the lists holds a synthetic figure. */
export function hasSynthetic(
	...lists: readonly (
		| readonly (Provenance | null | undefined)[]
		| null
		| undefined
	)[]
): boolean {
	return lists.some((list) => list?.includes("synthetic") ?? false);
}
