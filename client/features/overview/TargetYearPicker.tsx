import type { RankTrend } from "../../../analysis/rankTrend.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { updateSearch } from "../../state/router.ts";
import { PARAM } from "../../state/urlState.ts";
import { OVERVIEW_MESSAGES } from "./messages.ts";

/** How many years after the latest ranking the target can be set to. */
const TARGET_YEARS_AHEAD = 8;

/** The year by which the top 10 should be reached (`mal`); the API answers the trend towards it. */
export function TargetYearPicker({
	trend,
	fallbackYear,
}: {
	trend: RankTrend;
	/** Used when the municipality has no ranked year yet. */
	fallbackYear: number;
}) {
	const { year } = useI18n();
	const m = useMessages(OVERVIEW_MESSAGES);
	const latestYear = trend.latest?.year ?? fallbackYear;
	const choices = Array.from(
		{ length: TARGET_YEARS_AHEAD },
		(_, i) => latestYear + 1 + i,
	);
	if (trend.targetYear <= latestYear) choices.push(trend.targetYear);
	return (
		<div className="target-picker">
			<label htmlFor="target-year">{m.targetYear}</label>
			<select
				id="target-year"
				value={trend.targetYear}
				onChange={(event) =>
					updateSearch({ [PARAM.targetYear]: event.target.value })
				}
			>
				{choices.map((choice) => (
					<option key={choice} value={choice}>
						{year(choice)}
					</option>
				))}
			</select>
		</div>
	);
}
