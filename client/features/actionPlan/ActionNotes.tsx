import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { QueryState } from "../../ui/QueryState.tsx";
import { PLAN_MESSAGES } from "./messages.ts";
import { useActionDetailQuery, useActionHistoryQuery } from "./queries.ts";

/** One action's dated notes and its change history (who, when, old → new). */
export function ActionNotes({ actionId }: { actionId: number }) {
	const m = useMessages(PLAN_MESSAGES);
	const detail = useActionDetailQuery(actionId);
	return (
		<div className="action-notes">
			<h4>{m.notesHeading}</h4>
			<QueryState query={detail}>
				{(action) =>
					action.notes.length === 0 ? (
						<p className="muted">{m.noNotes}</p>
					) : (
						<ul className="notes">
							{action.notes.map((note) => (
								<li key={note.id}>
									<time dateTime={note.date}>{note.date}</time> {note.text}{" "}
									<span className="muted">({note.author})</span>
								</li>
							))}
						</ul>
					)
				}
			</QueryState>
			<ActionHistoryList actionId={actionId} />
		</div>
	);
}

function ActionHistoryList({ actionId }: { actionId: number }) {
	const f = useI18n();
	const m = useMessages(PLAN_MESSAGES);
	const history = useActionHistoryQuery(actionId);
	const show = (value: string | string[] | null) =>
		value === null || value.length === 0
			? m.exchange.empty
			: Array.isArray(value)
				? value.join(", ")
				: value;
	return (
		<details className="action-history">
			<summary>{m.history.heading}</summary>
			<QueryState query={history}>
				{(data) => (
					<ul>
						{data.history.map((row) => (
							<li key={row.id}>
								<span className="muted">
									{m.history.row(f.dateTime(row.changedAt), row.changedBy)}:
								</span>{" "}
								{m.exchange.change(
									m.field[row.field],
									show(row.oldValue),
									show(row.newValue),
								)}
							</li>
						))}
					</ul>
				)}
			</QueryState>
		</details>
	);
}
