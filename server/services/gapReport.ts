import { computeGap } from "../../analysis/gapToTop10.ts";
import { attributeRankChange } from "../../analysis/rankChangeAttribution.ts";
import { smallestChangeToRank } from "../../analysis/smallestChangeToRank.ts";
import { TOP_RANK } from "../../domain/ids.ts";
import type { GapReport } from "../schemas/gap.ts";
import type { Municipality } from "../schemas/municipalities.ts";
import type { ServiceContext } from "./context.ts";
import { describeModel } from "./describeModel.ts";
import { chooseCompleteRankingYear } from "./rankingYear.ts";
import { type Refusal, refuse } from "./refusal.ts";

/** The gap to the top 10 in one year (default the latest ranked), and what explains it. */
export function buildGapReport(
	context: ServiceContext,
	municipality: Municipality,
	requestedYear: number | undefined,
): GapReport | Refusal {
	const chosen = chooseCompleteRankingYear(context, requestedYear);
	if ("refused" in chosen) return chosen;
	const { year, years } = chosen;
	const current = context.analysis.yearModel(year);
	const gap = computeGap(current, municipality.code);
	if (!gap)
		return refuse(
			404,
			"no_ranking",
			`${municipality.name} has no ranking for ${year}.`,
		);
	const previousYear = years.filter((y) => y < year).at(-1);
	const previous =
		previousYear === undefined
			? null
			: context.analysis.yearModel(previousYear);
	return {
		municipality,
		year,
		years,
		gap,
		model: describeModel(current),
		smallestChange: smallestChangeToRank(
			current.model,
			current.results.rows,
			municipality.code,
			TOP_RANK,
		),
		attribution: previous
			? attributeRankChange(previous, current, municipality.code)
			: null,
		provenance: {
			ranks: [...new Set(current.results.rows.map((r) => r.provenance))].sort(),
			factors: current.results.factorProvenances,
		},
	};
}
