import type { Provenance } from "../db/schema.ts";

export const PROVENANCE_LABELS: Record<Provenance, string> = {
	published: "publicerad",
	imported: "importerad",
	synthetic: "syntetisk exempeldata",
};
