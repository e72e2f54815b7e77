import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Db } from "../../db/client.ts";
import { TOTAL_FACTOR_ID } from "../../domain/ids.ts";
import {
	emptyParsedImport,
	type SnFactorRow,
	type SnResultRow,
} from "../../domain/importRows.ts";
import { applyImport } from "../../importers/pipeline/applyImport.ts";
import { FIXTURES_DIR } from "../../importers/pipeline/bundled.ts";
import { importFile } from "../../importers/pipeline/importFile.ts";
import { FIXED_CLOCK } from "./testApp.ts";

export interface SeedMunicipality {
	code: string;
	rank: number;
	scores: Record<string, number>;
}

let seedCounter = 0;

export function factor(
	id: string,
	weight: number,
	overrides: Partial<SnFactorRow> = {},
): Omit<SnFactorRow, "year"> {
	return {
		id,
		label: id,
		kind: "survey",
		weight,
		scaleMin: 1,
		scaleMax: 6,
		higherIsBetter: true,
		...overrides,
	};
}

/** Writes one synthetic year (factor table, total ranks, factor scores) through the real import path. */
export function seedYear(
	db: Db,
	year: number,
	factors: Omit<SnFactorRow, "year">[],
	municipalities: SeedMunicipality[],
): void {
	const parsed = emptyParsedImport("sn-factors");
	parsed.snFactors = factors.map((f) => ({ ...f, year }));
	parsed.snResults = municipalities.flatMap((m): SnResultRow[] => [
		{
			year,
			municipalityCode: m.code,
			factorId: TOTAL_FACTOR_ID,
			rank: m.rank,
			score: null,
			source: null,
		},
		...Object.entries(m.scores).map(([factorId, score]) => ({
			year,
			municipalityCode: m.code,
			factorId,
			rank: null,
			score,
			source: null,
		})),
	]);
	seedCounter += 1;
	applyImport(
		db,
		parsed,
		{ fileName: `seed-${year}.csv`, sha256: `seed-${year}-${seedCounter}` },
		{ provenance: "synthetic", mode: "replace-years", dryRun: false },
		FIXED_CLOCK,
	);
}

/** Loads only the 290 municipalities, for tests that seed the rest themselves. */
/** The project's municipality list, or only the given codes of it (a small complete "country"). */
export function seedMunicipalities(db: Db, codes?: readonly string[]): void {
	const lines = readFileSync(
		join(FIXTURES_DIR, "municipalities", "municipalities.csv"),
		"utf8",
	).split(/\r?\n/);
	const kept = codes
		? [
				lines[0],
				...lines
					.slice(1)
					.filter((line) => codes.some((c) => line.startsWith(c))),
			]
		: lines;
	const result = importFile(
		db,
		{
			fileName: "municipalities.csv",
			bytes: Buffer.from(kept.join("\n")),
			options: { provenance: "published", mode: "overlay", dryRun: false },
		},
		FIXED_CLOCK,
	);
	if (!result.ok) throw new Error("the municipality fixture does not import");
}
