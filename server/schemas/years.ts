import type { Static } from "@sinclair/typebox";
import type { YearCoverage } from "../../analysis/yearCoverage.ts";
import { sameShape } from "./assertSameShape.ts";
import { Bool, Int, List, NullableInt, NullableStr, Obj } from "./json.ts";

const YearCoverageSchema = Obj({
	year: Int,
	/** Municipalities with a value that year (Riket not counted). */
	municipalities: Int,
	/** All 290 for rankings and survey scores; the usual coverage for Insikt. */
	complete: Bool,
});
sameShape<YearCoverage, Static<typeof YearCoverageSchema>>(true);

const perSource = <T extends Parameters<typeof List>[0]>(item: T) =>
	Obj({ ranking: item, scores: item, insikt: item });

export const DataYearsSchema = Obj({
	/** Years with a total rank for at least one municipality. */
	rankingYears: List(Int),
	/** Years with any survey or factor score. */
	scoreYears: List(Int),
	insiktYears: List(Int),
	coverage: perSource(List(YearCoverageSchema)),
	/** The default year of each source: its latest complete year. */
	latestComplete: perSource(NullableInt),
	/** When the last successful import finished (ISO 8601); null before any. */
	lastImportAt: NullableStr,
});
export type DataYears = Static<typeof DataYearsSchema>;
