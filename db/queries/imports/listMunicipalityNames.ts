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
	/** The latest municipality-list import when the names were read. */
	listRunId: number;
	rows: MunicipalityNameRow[];
}

const cache = new WeakMap<Database.Database, CachedNames>();

/**
 * Only a municipality-list import writes names, so the latest such run identifies the stored
 * list: every import matches its rows against it, and reading 290 rows again would cost more
 * than parsing a small file.
 */
function latestListRunId(sqlite: Database.Database): number {
	const row = statementOf<[], { id: number | null }>(
		sqlite,
		"select max(id) as id from import_run where source = 'municipalities'",
	).get();
	return row?.id ?? 0;
}

/** Codes, names and counties of the stored municipalities, for matching the rows of an imported file. */
export function listMunicipalityNames(db: Db): readonly MunicipalityNameRow[] {
	const sqlite = sqliteClientOf(db);
	const listRunId = latestListRunId(sqlite);
	const cached = cache.get(sqlite);
	if (cached?.listRunId === listRunId) return cached.rows;
	const rows = statementOf<[], MunicipalityNameRow>(
		sqlite,
		"select code, name, county_name as countyName, county_code as countyCode from municipality",
	).all();
	cache.set(sqlite, { listRunId, rows });
	return rows;
}
