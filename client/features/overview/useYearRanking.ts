import { useRankingThrough } from "../../api/municipalities.ts";
import { useSelection } from "../../state/selection.ts";
import { useYear } from "../../state/useYear.ts";

/**
 * The chosen year (useYear) and the chosen municipality's ranking as of it, towards the chosen
 * target year: what Översikt and the report are written from.
 */
export function useYearRanking() {
	const selection = useSelection();
	const choice = useYear();
	const ranking = useRankingThrough(
		selection.code,
		selection.targetYearParam,
		selection.fromParam,
		choice.year,
		!choice.isPending,
	);
	return { ...selection, ...choice, ranking };
}
