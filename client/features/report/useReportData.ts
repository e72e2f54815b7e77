import { useDeferredValue } from "react";
import { useProgressQuery } from "../actionPlan/queries.ts";
import { defaultGroup } from "../compare/compareData.ts";
import { useComparisonQuery, useGroupsQuery } from "../compare/queries.ts";
import { useFactorRanksQuery, useGapQuery } from "../factors/queries.ts";
import { useInsiktForRankingYear } from "../insikt/queries.ts";
import { useYearRanking } from "../overview/useYearRanking.ts";

/**
 * Everything the report shows, all for its one year: the ranking as of it, the gap, factor ranks,
 * Insikt as known then, and the default peer group. What only the later sections show is asked
 * for once the ranking is on the screen (`restAsked`): asked at once, those answers were computed
 * on the same CPU and fetched over the same connections as the rank trend's.
 */
export function useReportData() {
	const { code, fromParam, year, isPending, incomplete, ranking } =
		useYearRanking();
	const restAsked = useDeferredValue(ranking.data !== undefined, false);
	const gap = useGapQuery(code, year, year !== null);
	const insikt = useInsiktForRankingYear(code, year, {
		from: fromParam,
		enabled: restAsked,
	});
	const factorRanks = useFactorRanksQuery(year, restAsked && year !== null);
	const groups = useGroupsQuery();
	const group = groups.data ? defaultGroup(code, groups.data.groups) : null;
	const comparison = useComparisonQuery(
		{ kind: "group", group: group ?? "GR" },
		year,
		{ from: fromParam, enabled: restAsked && group !== null && year !== null },
	);
	const planProgress = useProgressQuery(code, year, restAsked);
	return {
		year,
		restAsked,
		isPending,
		incomplete,
		ranking,
		gap,
		insikt,
		comparison,
		factorRanks,
		planProgress,
	};
}
