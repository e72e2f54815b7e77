import { sql } from "drizzle-orm";
import type { MaySignalPair } from "../../../domain/figures.ts";
import {
	SURVEY_SCORE_FACTOR_ID,
	TOTAL_FACTOR_ID,
} from "../../../domain/ids.ts";
import type { Provenance } from "../../../domain/provenance.ts";
import type { Db } from "../../client.ts";

export interface MaySignalPairRow extends MaySignalPair {
	scoreProvenance: Provenance;
	rankProvenance: Provenance;
}

/** Every municipality-year of the given years that has both a May survey score and a September rank. */
export function listMaySignalPairs(
	db: Db,
	years: readonly number[],
): MaySignalPairRow[] {
	if (years.length === 0) return [];
	const yearList = sql.join(
		years.map((year) => sql`${year}`),
		sql`, `,
	);
	// CROSS JOIN keeps the survey side as the outer loop (seeking the key index per year); left to
	// itself, with statistics (ANALYZE) SQLite may put the rank side first and read the whole table.
	return db.all<MaySignalPairRow>(sql`
		select s.year as year, s.municipality_code as code, s.score as mayScore, r.rank as septemberRank,
			s.provenance as scoreProvenance, r.provenance as rankProvenance
		from sn_result s
		cross join sn_result r on r.year = s.year and r.municipality_code = s.municipality_code and r.factor_id = ${TOTAL_FACTOR_ID}
		where s.year in (${yearList}) and s.factor_id = ${SURVEY_SCORE_FACTOR_ID} and s.score is not null
			and r.rank is not null
	`);
}
