import type { HistoryRange } from "../../analysis/historyWindow.ts";
import { useI18n } from "../i18n/useI18n.ts";
import { updateSearch } from "../state/router.ts";
import { PARAM } from "../state/urlState.ts";
import { olderYears } from "./olderYears.ts";

/**
 * Under a history chart when the API left older years out (it answers the latest 15 by default):
 * which years are shown, and a button that asks for all of them through the URL.
 */
export function HistoryNote({ history }: { history: HistoryRange }) {
	const { t } = useI18n();
	const older = olderYears(history);
	if (!older) return null;
	const values = {
		from: older.from,
		to: older.to ?? "",
		earliest: older.earliestYear,
	};
	return (
		<p className="muted history-note" data-testid="history-note">
			{t(older.to === null ? "history.noneShown" : "history.shown", values)}{" "}
			<button
				type="button"
				className="no-print"
				onClick={() =>
					updateSearch({ [PARAM.historyFrom]: String(older.earliestYear) })
				}
			>
				{t("history.showAll")}
			</button>
		</p>
	);
}
