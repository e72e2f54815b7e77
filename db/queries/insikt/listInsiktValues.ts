import { and, asc, eq, or } from "drizzle-orm";
import type { InsiktValue } from "../../../server/analysis/types.ts";
import type { Db } from "../../client.ts";
import { insiktDefinition, insiktResult } from "../../schema.ts";

const columns = {
	year: insiktResult.year,
	municipalityCode: insiktResult.municipalityCode,
	area: insiktResult.area,
	measure: insiktResult.measure,
	value: insiktResult.value,
	responses: insiktResult.responses,
	provenance: insiktResult.provenance,
};

/** The years with Insikt values for a municipality, oldest first. */
export function listInsiktYearsOf(db: Db, code: string): number[] {
	return db
		.selectDistinct({ year: insiktResult.year })
		.from(insiktResult)
		.where(eq(insiktResult.municipalityCode, code))
		.orderBy(asc(insiktResult.year))
		.all()
		.map((row) => row.year);
}

/** Everything needed to place one municipality in one year: that year for all, every year for it. */
export function listInsiktValuesForSummary(
	db: Db,
	code: string,
	year: number,
): InsiktValue[] {
	return db
		.select(columns)
		.from(insiktResult)
		.where(
			or(
				eq(insiktResult.year, year),
				eq(insiktResult.municipalityCode, code),
				and(eq(insiktResult.municipalityCode, "0000")),
			),
		)
		.all();
}

export interface InsiktDefinitionRow {
	year: number;
	areas: string[];
	note: string | null;
}

export function listInsiktDefinitions(db: Db): InsiktDefinitionRow[] {
	return db
		.select()
		.from(insiktDefinition)
		.orderBy(asc(insiktDefinition.year))
		.all()
		.map((row) => ({
			year: row.year,
			areas: JSON.parse(row.areaSet) as string[],
			note: row.note,
		}));
}
