import type { Action } from "../../../server/schemas/actions.ts";
import { useMessages } from "../../i18n/useI18n.ts";
import { Panel } from "../../ui/TableShell.tsx";
import { PLAN_MESSAGES } from "./messages.ts";
import { dueTimeline, isOverdue } from "./planData.ts";

/** The due dates in order, month by month, with today's place and the overdue ones flagged. */
export function DueTimeline({
	actions,
	today,
}: {
	actions: readonly Action[];
	today: string;
}) {
	const m = useMessages(PLAN_MESSAGES);
	const months = dueTimeline(actions);
	const undated = actions.filter((a) => a.due === null).length;
	const overdue = actions.filter((a) => isOverdue(a, today)).length;
	const thisMonth = today.slice(0, 7);
	return (
		<Panel titleId="plan-timeline" title={m.timelineHeading}>
			<p>{m.overdueSummary(overdue)}</p>
			{months.length === 0 ? (
				<p className="muted">{m.timelineEmpty}</p>
			) : (
				<ol className="due-timeline">
					{months.map(({ month, actions: due }) => (
						<li
							key={month}
							className={
								month < thisMonth
									? "past"
									: month === thisMonth
										? "current"
										: undefined
							}
						>
							<span className="timeline-month">{month}</span>
							<ul>
								{due.map((action) => (
									<li
										key={action.id}
										className={isOverdue(action, today) ? "overdue" : undefined}
									>
										<time dateTime={action.due ?? undefined}>{action.due}</time>{" "}
										<a href={`#action-${action.id}`}>{action.title}</a>{" "}
										<span className="muted">({m.status[action.status]})</span>
										{isOverdue(action, today) && (
											<span className="overdue-badge">{m.overdue}</span>
										)}
									</li>
								))}
							</ul>
						</li>
					))}
				</ol>
			)}
			{undated > 0 && <p className="muted">{m.noDue(undated)}</p>}
		</Panel>
	);
}
