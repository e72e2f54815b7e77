import { MUNICIPALITY_COUNT } from "../../domain/ids.ts";
import { useMessages } from "../i18n/useI18n.ts";
import type { IncompleteYear } from "../state/dataYears.ts";
import { updateSearch } from "../state/router.ts";
import { PARAM } from "../state/urlState.ts";
import { UI_MESSAGES } from "./messages.ts";

/** Says that the chosen year covers only some municipalities, and offers the latest complete one. */
export function IncompleteYearNote({
	incomplete,
}: {
	incomplete: IncompleteYear | null;
}) {
	const m = useMessages(UI_MESSAGES);
	if (!incomplete) return null;
	const { year, municipalities, latestComplete } = incomplete;
	return (
		<div className="notice-banner" role="note" data-testid="incomplete-year">
			<p>
				<strong>{m.notice}</strong>{" "}
				{m.incompleteYear(year, municipalities, MUNICIPALITY_COUNT)}
			</p>
			{latestComplete !== null && latestComplete !== year && (
				<button
					type="button"
					onClick={() =>
						updateSearch({
							[PARAM.year]: String(latestComplete),
							[PARAM.whatIf]: null,
						})
					}
				>
					{m.showLatestComplete(latestComplete)}
				</button>
			)}
		</div>
	);
}
