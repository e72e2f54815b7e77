import { sql } from "drizzle-orm";
import type { MaySignalPair } from "../../../server/analysis/maySignal.ts";
import type { Db } from "../../client.ts";
import {
	type Provenance,
	SURVEY_SCORE_FACTOR_ID,
	TOTAL_FACTOR_ID,
} from "../../schema.ts";

export interface MaySignalPairRow extends MaySignalPair {
	scoreProvenance: Provenance;
	rankProvenance: Provenance;
}

/** Every municipality-year that has both a May survey score and a September rank. */
export function listMaySignalPairs(db: Db): MaySignalPairRow[] {
	return db.all<MaySignalPairRow>(sql`
		select s.year as year, s.municipality_code as code, s.score as mayScore, r.rank as septemberRank,
			s.provenance as scoreProvenance, r.provenance as rankProvenance
		from sn_result s
		join sn_result r on r.year = s.year and r.municipality_code = s.municipality_code and r.factor_id = ${TOTAL_FACTOR_ID}
		where s.factor_id = ${SURVEY_SCORE_FACTOR_ID} and s.score is not null and r.rank is not null
	`);
}
