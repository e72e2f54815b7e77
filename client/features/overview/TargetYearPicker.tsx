import type { Ranking } from "../../../server/schemas/ranking.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { updateSearch } from "../../state/router.ts";
import { PARAM } from "../../state/urlState.ts";
import { OVERVIEW_MESSAGES } from "./messages.ts";
import { targetYearChoices } from "./targetYears.ts";

/** The year by which the top 10 should be reached (`mal`); the API answers the verdict for it. */
export function TargetYearPicker({ ranking }: { ranking: Ranking }) {
	const { year } = useI18n();
	const m = useMessages(OVERVIEW_MESSAGES);
	const { trend } = ranking;
	const choices = targetYearChoices(
		ranking.years[0]?.year ?? null,
		ranking.asOf,
		trend.targetYear,
	);
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
