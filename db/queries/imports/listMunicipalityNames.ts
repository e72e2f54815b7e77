import type { Db } from "../../client.ts";
import { sqliteClientOf, statementOf } from "./sqliteClientOf.ts";

export interface MunicipalityNameRow {
	code: string;
	name: string;
}

/** Codes and names of the stored municipalities, for matching the rows of an imported file. */
export function listMunicipalityNames(db: Db): MunicipalityNameRow[] {
	return statementOf<[], MunicipalityNameRow>(
		sqliteClientOf(db),
		"select code, name from municipality",
	).all();
}
