import type { HistoryRange } from "../../analysis/historyWindow.ts";
import { useMessages } from "../i18n/useI18n.ts";
import { updateSearch } from "../state/router.ts";
import { PARAM } from "../state/urlState.ts";
import { UI_MESSAGES } from "./messages.ts";
import { olderYears } from "./olderYears.ts";

/**
 * Under a history chart when the API left older years out (it answers the latest 15 by default):
 * which years are shown, and a button that asks for all of them through the URL.
 */
export function HistoryNote({ history }: { history: HistoryRange }) {
	const m = useMessages(UI_MESSAGES);
	const older = olderYears(history);
	if (!older) return null;
	return (
		<p className="muted history-note" data-testid="history-note">
			{older.to === null
				? m.historyNoneShown(older.from, older.earliestYear)
				: m.historyShown(older.from, older.to, older.earliestYear)}{" "}
			<button
				type="button"
				className="no-print"
				onClick={() =>
					updateSearch({ [PARAM.historyFrom]: String(older.earliestYear) })
				}
			>
				{m.historyShowAll}
			</button>
		</p>
	);
}
