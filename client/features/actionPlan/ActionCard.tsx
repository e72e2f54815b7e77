import { useState } from "react";
import type {
	Action,
	ActionProgress,
} from "../../../server/schemas/actions.ts";
import { errorMessage } from "../../api/errorMessage.ts";
import { areaLabel } from "../../i18n/terms.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { ActionNotes } from "./ActionNotes.tsx";
import { FigureMovements } from "./FigureMovements.tsx";
import { PLAN_MESSAGES } from "./messages.ts";
import { NoteForm } from "./NoteForm.tsx";
import { isOverdue } from "./planData.ts";
import { usePatchActionMutation } from "./queries.ts";

/** One action: what, who, when, its status (overdue flagged), the figures it aims at, its notes. */
export function ActionCard({
	action,
	progress,
	today,
	factorLabel,
	canEdit,
	onEdit,
	scope,
	isAnchor,
}: {
	/** Where the card is (its group), so that a card shown in two groups has ids of its own. */
	scope: string;
	/** The first card of an action carries the id the timeline links to. */
	isAnchor: boolean;
	action: Action;
	progress: ActionProgress | undefined;
	today: string;
	factorLabel: (id: string) => string;
	canEdit: boolean;
	onEdit: (action: Action) => void;
}) {
	const { lang } = useI18n();
	const m = useMessages(PLAN_MESSAGES);
	const [open, setOpen] = useState(false);
	const patch = usePatchActionMutation();
	const overdue = isOverdue(action, today);
	const headingId = `action-${scope}-${action.id}-title`;
	const notesId = `action-${scope}-${action.id}-notes`;
	const targets = [
		...action.factorIds.map(factorLabel),
		...action.insiktAreas.map((area) => areaLabel(area, lang)),
	];
	return (
		<article
			className={overdue ? "action-card overdue" : "action-card"}
			id={isAnchor ? `action-${action.id}` : undefined}
			tabIndex={isAnchor ? -1 : undefined}
			aria-labelledby={headingId}
			data-testid="action-card"
		>
			<h3 id={headingId}>
				{action.title}{" "}
				<span className={`status-badge status-${action.status}`}>
					{m.status[action.status]}
				</span>
				{overdue && <span className="overdue-badge">{m.overdue}</span>}
				{action.archivedAt && <span className="badge">{m.archived}</span>}
			</h3>
			{action.description && <p>{action.description}</p>}
			<dl className="action-facts">
				<dt>{m.ownerLabel}</dt>
				<dd>{m.owner(action.owner.department, action.owner.person)}</dd>
				<dt>{m.datesLabel}</dt>
				<dd>
					{m.dates(action.start, action.due)}
					{overdue && action.due && (
						<strong className="overdue-text">
							{" "}
							· {m.overdueSince(action.due)}
						</strong>
					)}
				</dd>
			</dl>
			{targets.length > 0 && (
				<ul className="target-chips" aria-label={m.figuresHeading}>
					{targets.map((t) => (
						<li key={t}>{t}</li>
					))}
				</ul>
			)}
			<FigureMovements progress={progress} />
			<div className="action-buttons">
				<button
					type="button"
					aria-expanded={open}
					aria-controls={notesId}
					onClick={() => setOpen(!open)}
				>
					{open ? m.hideNotes : m.showNotes}
				</button>
				{canEdit && (
					<>
						<button type="button" onClick={() => onEdit(action)}>
							{m.edit}
						</button>
						<button
							type="button"
							disabled={patch.isPending}
							onClick={() =>
								patch.mutate({
									id: action.id,
									patch: {
										archived: action.archivedAt === null,
										version: action.version,
									},
								})
							}
						>
							{action.archivedAt === null ? m.archive : m.restore}
						</button>
					</>
				)}
			</div>
			{patch.isError && (
				<p className="status error" role="alert">
					{errorMessage(patch.error, lang)}
				</p>
			)}
			{open && (
				<div id={notesId}>
					<ActionNotes actionId={action.id} />
					{canEdit && action.archivedAt === null && (
						<NoteForm actionId={action.id} />
					)}
				</div>
			)}
		</article>
	);
}
