import { sql } from "drizzle-orm";
import type { Db } from "../../client.ts";

/**
 * A number that changes whenever an import lands (also one made by the CLI in another process),
 * so cached responses and ETags can be keyed on it. Imports only ever add import_run rows.
 */
export function getDataVersion(db: Db): number {
	const row = db.get<{ version: number | null }>(
		sql`select max(id) as version from import_run`,
	);
	return row?.version ?? 0;
}
