import { useYearsQuery } from "../api/years.ts";
import { useI18n, useMessages } from "../i18n/useI18n.ts";
import { UI_MESSAGES } from "./messages.ts";

/**
 * "Data: ranking 2025, Insikt 2024 (senaste fullständiga år) · senaste import 2026-05-01": what
 * the pages default to and when the data last changed, from /api/years.
 */
export function DataAsOf({ className }: { className?: string }) {
	const { year, dateTime } = useI18n();
	const m = useMessages(UI_MESSAGES);
	const years = useYearsQuery();
	if (!years.data) return null;
	const { latestComplete, lastImportAt } = years.data;
	return (
		<p className={className} data-testid="data-as-of">
			{m.dataAsOf(year(latestComplete.ranking), year(latestComplete.insikt))}
			{" · "}
			{lastImportAt ? m.lastImport(dateTime(lastImportAt)) : m.noImportYet}
		</p>
	);
}
