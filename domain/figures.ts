import type { Provenance } from "./provenance.ts";

export interface RankPoint {
	year: number;
	rank: number | null;
	score: number | null;
	/** Provenance of the rank (of the score in a year without one). */
	provenance: Provenance;
	/** The score's own provenance: a published rank may sit beside a synthetic score. */
	scoreProvenance?: Provenance | null;
}

export interface FactorDef {
	id: string;
	label: string;
	kind: "survey" | "statistic";
	weight: number;
	higherIsBetter: boolean;
	scaleMin: number | null;
	scaleMax: number | null;
}

/** One municipality's results for one year: total rank (SN published), and the score per factor id. */
export interface MunicipalityYear {
	code: string;
	name: string;
	rank: number | null;
	/** Provenance of the total rank. */
	provenance: Provenance;
	factorScores: Record<string, number | null>;
	/** Provenance of each factor score, when known (scores and ranks can come from different sources). */
	factorProvenances?: Readonly<Record<string, Provenance>>;
}

export interface InsiktValue {
	year: number;
	municipalityCode: string;
	area: string;
	measure: string;
	value: number | null;
	responses: number | null;
	provenance: Provenance;
}

/** One municipality-year: the May survey's sammanfattande omdöme and September's total rank. */
export interface MaySignalPair {
	year: number;
	code: string;
	mayScore: number | null;
	septemberRank: number | null;
}
