import { eq } from "drizzle-orm";
import type { Db } from "../../client.ts";
import { municipality } from "../../schema.ts";
import type { MunicipalityListRow } from "./listMunicipalities.ts";

export function getMunicipality(
	db: Db,
	code: string,
): MunicipalityListRow | undefined {
	return db
		.select()
		.from(municipality)
		.where(eq(municipality.code, code))
		.get();
}
