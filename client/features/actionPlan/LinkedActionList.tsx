import { swedishDateOf } from "../../../domain/calendarDate.ts";
import type { Action } from "../../../server/schemas/actions.ts";
import { useMessages } from "../../i18n/useI18n.ts";
import { PLAN_MESSAGES } from "./messages.ts";
import { isOverdue, sortByDue } from "./planData.ts";

/** The actions aimed at one factor or area, each with its status and due date. */
export function LinkedActionList({ actions }: { actions: readonly Action[] }) {
	const m = useMessages(PLAN_MESSAGES);
	const today = swedishDateOf(new Date());
	return (
		<ul>
			{sortByDue(actions).map((action) => (
				<li key={action.id}>
					{action.title}{" "}
					<span className="muted">
						({m.status[action.status]}
						{action.due ? `, ${action.due}` : ""}, {action.owner.department})
					</span>
					{isOverdue(action, today) && (
						<span className="overdue-badge">{m.overdue}</span>
					)}
				</li>
			))}
		</ul>
	);
}
