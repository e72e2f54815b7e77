import type Database from "better-sqlite3";
import type { Db } from "../../client.ts";
import { sqliteClientOf, statementOf } from "./sqliteClientOf.ts";

export interface MunicipalityNameRow {
	code: string;
	name: string;
	/** Its county, so the importers can tell a county's (län) row from a municipality's. */
	countyName: string;
	countyCode: string;
}

interface CachedNames {
	/** Which stored list the names were read from (listVersion). */
	version: string;
	rows: MunicipalityNameRow[];
}

const cache = new WeakMap<Database.Database, CachedNames>();

/**
 * Only a municipality-list import writes names, and only an undo of one puts earlier names back,
 * so the latest such run and how many of them were undone identify the stored list: every import
 * matches its rows against it, and reading 290 rows again would cost more than parsing a small file.
 */
function listVersion(sqlite: Database.Database): string {
	const row = statementOf<[], { id: number | null; undone: number }>(
		sqlite,
		"select max(id) as id, count(undone_at) as undone from import_run where source = 'municipalities'",
	).get();
	return `${row?.id ?? 0}:${row?.undone ?? 0}`;
}

/** Codes, names and counties of the stored municipalities, for matching the rows of an imported file. */
export function listMunicipalityNames(db: Db): readonly MunicipalityNameRow[] {
	const sqlite = sqliteClientOf(db);
	const version = listVersion(sqlite);
	const cached = cache.get(sqlite);
	if (cached?.version === version) return cached.rows;
	const rows = statementOf<[], MunicipalityNameRow>(
		sqlite,
		"select code, name, county_name as countyName, county_code as countyCode from municipality",
	).all();
	cache.set(sqlite, { version, rows });
	return rows;
}
