import { and, eq, inArray, ne } from "drizzle-orm";
import { RIKET_CODE } from "../../../domain/ids.ts";
import type { Provenance } from "../../../domain/provenance.ts";
import type { Db } from "../../client.ts";
import { insiktResult } from "../../schema.ts";

export interface YearNkiRow {
	municipalityCode: string;
	area: string;
	value: number;
	provenance: Provenance;
}

/** Every municipality's NKI (NUI for upphandling) per area in one Insikt year; Riket left out. */
export function listYearNki(db: Db, year: number): YearNkiRow[] {
	return db
		.select({
			municipalityCode: insiktResult.municipalityCode,
			area: insiktResult.area,
			value: insiktResult.value,
			provenance: insiktResult.provenance,
		})
		.from(insiktResult)
		.where(
			and(
				eq(insiktResult.year, year),
				inArray(insiktResult.measure, ["nki", "nui"]),
				ne(insiktResult.municipalityCode, RIKET_CODE),
			),
		)
		.all()
		.flatMap((row) =>
			row.value === null ? [] : [{ ...row, value: row.value }],
		);
}
