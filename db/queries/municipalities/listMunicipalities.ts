import { asc } from "drizzle-orm";
import type { Db } from "../../client.ts";
import { municipality } from "../../schema.ts";

export interface MunicipalityListRow {
	code: string;
	name: string;
	countyCode: string;
	countyName: string;
	kommungrupp: string | null;
}

export function listMunicipalities(db: Db): MunicipalityListRow[] {
	return db.select().from(municipality).orderBy(asc(municipality.name)).all();
}
