import { asc, eq } from "drizzle-orm";
import type { FactorDef, MunicipalityYear } from "../../../domain/figures.ts";
import { TOTAL_FACTOR_ID } from "../../../domain/ids.ts";
import type { Provenance } from "../../../domain/provenance.ts";
import type { Db } from "../../client.ts";
import { municipality, snFactor, snResult } from "../../schema.ts";

export interface YearResultsRow {
	year: number;
	rows: MunicipalityYear[];
	factors: FactorDef[];
	/** Distinct provenances of the factor values used for the year. */
	factorProvenances: Provenance[];
}

/** Every municipality's total rank and factor scores for one year, with that year's factor table. */
export function getYearResults(db: Db, year: number): YearResultsRow {
	const results = db
		.select({
			code: snResult.municipalityCode,
			name: municipality.name,
			factorId: snResult.factorId,
			rank: snResult.rank,
			score: snResult.score,
			provenance: snResult.provenance,
		})
		.from(snResult)
		.innerJoin(municipality, eq(municipality.code, snResult.municipalityCode))
		.where(eq(snResult.year, year))
		.all();
	const factors = listFactors(db, year);
	const byCode = new Map<
		string,
		MunicipalityYear & { factorProvenances: Record<string, Provenance> }
	>();
	const factorProvenances = new Set<Provenance>();
	for (const result of results) {
		const entry = byCode.get(result.code) ?? {
			code: result.code,
			name: result.name,
			rank: null,
			provenance: result.provenance,
			factorScores: {},
			factorProvenances: {},
		};
		if (result.factorId === TOTAL_FACTOR_ID) {
			entry.rank = result.rank;
			entry.provenance = result.provenance;
		} else {
			entry.factorScores[result.factorId] = result.score;
			entry.factorProvenances[result.factorId] = result.provenance;
			factorProvenances.add(result.provenance);
		}
		byCode.set(result.code, entry);
	}
	return {
		year,
		rows: [...byCode.values()],
		factors,
		factorProvenances: [...factorProvenances].sort(),
	};
}

export function listFactors(db: Db, year: number): FactorDef[] {
	return db
		.select({
			id: snFactor.id,
			label: snFactor.label,
			kind: snFactor.kind,
			weight: snFactor.weight,
			higherIsBetter: snFactor.higherIsBetter,
			scaleMin: snFactor.scaleMin,
			scaleMax: snFactor.scaleMax,
		})
		.from(snFactor)
		.where(eq(snFactor.year, year))
		.orderBy(asc(snFactor.id))
		.all();
}
