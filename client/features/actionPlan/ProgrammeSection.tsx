import { ACTION_STATUSES } from "../../../domain/actions.ts";
import { swedishDateOf } from "../../../domain/calendarDate.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { useSelection } from "../../state/selection.ts";
import { TableShell } from "../../ui/TableShell.tsx";
import { FigureMovements } from "./FigureMovements.tsx";
import { HeadCells } from "./HeadCells.tsx";
import { PLAN_MESSAGES } from "./messages.ts";
import {
	isOverdue,
	progressById,
	sortByDue,
	statusCounts,
} from "./planData.ts";
import { useActionListQuery, useProgressQuery } from "./queries.ts";

/**
 * For the status report: the programme as its own dated section (actions per status, what is
 * overdue, each action beside the figures it aims at and their movement), on a page of its own
 * when printed. The figures are those known in the report's year.
 */
export function ProgrammeSection({ year }: { year: number }) {
	const m = useMessages(PLAN_MESSAGES);
	const p = m.programme;
	const { num } = useI18n();
	const { code } = useSelection();
	const list = useActionListQuery();
	const progress = useProgressQuery(code, year);
	if (!list.isSuccess) return null;
	const today = swedishDateOf(new Date());
	const actions = sortByDue(list.data.actions);
	const counts = statusCounts(actions);
	const overdue = actions.filter((a) => isOverdue(a, today));
	const byId = progressById(progress.data);
	return (
		<section
			className="report-section programme-section"
			data-testid="programme-section"
		>
			<h2>{p.heading}</h2>
			<p className="report-meta">{p.asOf(today)}</p>
			{actions.length === 0 ? (
				<p>{p.empty}</p>
			) : (
				<>
					<TableShell
						caption={p.perStatus}
						head={
							<HeadCells
								labels={[...ACTION_STATUSES.map((s) => m.status[s]), m.overdue]}
							/>
						}
					>
						<tr>
							{ACTION_STATUSES.map((status) => (
								<td key={status}>{num(counts[status])}</td>
							))}
							<td>{num(overdue.length)}</td>
						</tr>
					</TableShell>
					<h3>{p.overdueHeading}</h3>
					{overdue.length === 0 ? (
						<p>{p.noOverdue}</p>
					) : (
						<ul>
							{overdue.map((action) => (
								<li key={action.id}>
									{action.title}{" "}
									<span className="muted">
										({action.owner.department}) ·{" "}
										{m.overdueSince(action.due ?? "")}
									</span>
								</li>
							))}
						</ul>
					)}
					<TableShell
						caption={p.actionsHeading}
						head={
							<HeadCells
								labels={[
									p.action,
									p.ownerCol,
									p.statusCol,
									p.dueCol,
									p.figuresCol,
								]}
							/>
						}
					>
						{actions.map((action) => (
							<tr key={action.id}>
								<td className="text wrap">{action.title}</td>
								<td className="text wrap">
									{m.owner(action.owner.department, action.owner.person)}
								</td>
								<td className="text">{m.status[action.status]}</td>
								<td
									className={
										isOverdue(action, today) ? "text overdue-text" : "text"
									}
								>
									{action.due ?? "–"}
								</td>
								<td className="text wrap">
									<FigureMovements progress={byId.get(action.id)} />
								</td>
							</tr>
						))}
					</TableShell>
				</>
			)}
		</section>
	);
}
