import { and, asc, eq, inArray } from "drizzle-orm";
import type { InsiktValue } from "../../../domain/figures.ts";
import { RIKET_CODE } from "../../../domain/ids.ts";
import type { Db } from "../../client.ts";
import { insiktDefinition, insiktResult } from "../../schema.ts";
import { findFirstYear } from "../findFirstYear.ts";

const columns = {
	year: insiktResult.year,
	municipalityCode: insiktResult.municipalityCode,
	area: insiktResult.area,
	measure: insiktResult.measure,
	value: insiktResult.value,
	responses: insiktResult.responses,
	provenance: insiktResult.provenance,
};

/*
 * Per-municipality reads name their years: the key index is year-major, so `year in (…) and
 * municipality_code = ?` is one seek per year, where `municipality_code = ?` alone reads the table.
 */

/** Which of the given years have Insikt values for a municipality, oldest first. */
export function listInsiktYearsOf(
	db: Db,
	code: string,
	years: readonly number[],
): number[] {
	if (years.length === 0) return [];
	return db
		.selectDistinct({ year: insiktResult.year })
		.from(insiktResult)
		.where(
			and(
				inArray(insiktResult.year, [...years]),
				eq(insiktResult.municipalityCode, code),
			),
		)
		.orderBy(asc(insiktResult.year))
		.all()
		.map((row) => row.year);
}

/** The first of the given years with an Insikt value for the municipality. */
export function findFirstInsiktYear(
	db: Db,
	code: string,
	years: readonly number[],
): number | null {
	return findFirstYear(db, insiktResult, { years, codes: code });
}

/**
 * Everything needed to place one municipality in one year: that year for all municipalities, and
 * the municipality's and Riket's values in the trend years.
 */
export function listInsiktValuesForSummary(
	db: Db,
	code: string,
	year: number,
	trendYears: readonly number[],
): InsiktValue[] {
	const thatYear = db
		.select(columns)
		.from(insiktResult)
		.where(eq(insiktResult.year, year))
		.all();
	const otherYears = trendYears.filter((y) => y !== year);
	if (otherYears.length === 0) return thatYear;
	const trend = db
		.select(columns)
		.from(insiktResult)
		.where(
			and(
				inArray(insiktResult.year, otherYears),
				inArray(insiktResult.municipalityCode, [code, RIKET_CODE]),
			),
		)
		.all();
	return [...thatYear, ...trend];
}

export interface InsiktDefinitionRow {
	year: number;
	areas: string[];
	note: string | null;
}

/** Which areas NKI totalt covered in the given years, oldest first. */
export function listInsiktDefinitions(
	db: Db,
	years: readonly number[],
): InsiktDefinitionRow[] {
	if (years.length === 0) return [];
	return db
		.select()
		.from(insiktDefinition)
		.where(inArray(insiktDefinition.year, [...years]))
		.orderBy(asc(insiktDefinition.year))
		.all()
		.map((row) => ({
			year: row.year,
			areas: JSON.parse(row.areaSet) as string[],
			note: row.note,
		}));
}
