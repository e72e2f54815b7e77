import { useEffect, useRef, useState } from "react";
import { swedishDateOf } from "../../../domain/calendarDate.ts";
import { INSIKT_AREAS } from "../../../domain/insikt.ts";
import type { Action } from "../../../server/schemas/actions.ts";
import { useCanEdit } from "../../api/session.ts";
import { areaLabel } from "../../i18n/terms.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { Link, useLocation, useSearchParam } from "../../state/router.ts";
import { useSelection } from "../../state/selection.ts";
import { pageHref } from "../../state/urlState.ts";
import { EmptyState, QueryState } from "../../ui/QueryState.tsx";
import { SyntheticBanner } from "../../ui/SyntheticBadge.tsx";
import { hasSynthetic } from "../../ui/synthetic.ts";
import { ActionCard } from "./ActionCard.tsx";
import { ActionForm } from "./ActionForm.tsx";
import { DueTimeline } from "./DueTimeline.tsx";
import { PLAN_MESSAGES } from "./messages.ts";
import { PlanExchange } from "./PlanExchange.tsx";
import {
	GROUP_BYS,
	type GroupBy,
	groupActions,
	parseGroupBy,
	progressById,
	UNLINKED,
} from "./planData.ts";
import { useActionListQuery, useProgressQuery } from "./queries.ts";
import { useFactorOptions } from "./useFactorOptions.ts";

/** URL parameters of this page: how the actions are grouped, and whether archived ones show. */
const GROUP_PARAM = "gruppera";
const ARCHIVED_PARAM = "arkiverade";

export default function ActionPlanPage() {
	const m = useMessages(PLAN_MESSAGES);
	const { search } = useLocation();
	const canEdit = useCanEdit();
	const [archivedParam, setArchived] = useSearchParam(ARCHIVED_PARAM);
	const includeArchived = archivedParam === "1";
	const list = useActionListQuery(includeArchived);
	const [editing, setEditing] = useState<Action | "new" | null>(null);
	const [saved, setSaved] = useState<string | null>(null);
	const savedRef = useRef<HTMLParagraphElement>(null);
	const factors = useFactorOptions();

	useEffect(() => {
		if (saved) savedRef.current?.focus();
	}, [saved]);

	const done = (action: Action | null, wasNew: boolean) => {
		setEditing(null);
		setSaved(
			action
				? wasNew
					? m.form.created(action.title)
					: m.form.saved(action.title)
				: null,
		);
	};

	return (
		<article className="action-plan-page">
			<h1>{m.heading}</h1>
			<p className="lead">{m.lead}</p>
			{!canEdit && (
				<p className="note">
					{m.readOnly}{" "}
					<Link href={pageHref("/logga-in", search)}>{m.logIn}</Link>
				</p>
			)}
			{saved && (
				<p
					ref={savedRef}
					className="status success"
					role="status"
					tabIndex={-1}
				>
					{saved}
				</p>
			)}
			{canEdit && editing === null && (
				<p>
					<button
						type="button"
						className="primary"
						onClick={() => {
							setSaved(null);
							setEditing("new");
						}}
					>
						{m.addAction}
					</button>
				</p>
			)}
			{editing !== null && (
				<ActionForm
					key={editing === "new" ? "new" : editing.id}
					action={editing === "new" ? undefined : editing}
					factors={factors.options}
					onDone={(action) => done(action, editing === "new")}
				/>
			)}
			<QueryState
				query={list}
				isEmpty={(data) => data.actions.length === 0}
				empty={
					<EmptyState title={m.empty}>
						<p>{m.emptyHint}</p>
					</EmptyState>
				}
			>
				{(data) => (
					<PlanBody
						actions={data.actions}
						canEdit={canEdit}
						factorLabel={factors.factorLabel}
						factorOrder={factors.options.map((o) => o.id)}
						onEdit={(action) => {
							setSaved(null);
							setEditing(action);
						}}
					/>
				)}
			</QueryState>
			<label className="checkbox">
				<input
					type="checkbox"
					checked={includeArchived}
					onChange={(event) => setArchived(event.target.checked ? "1" : null)}
				/>{" "}
				{m.showArchived}
			</label>
			<PlanExchange canEdit={canEdit} />
		</article>
	);
}

function PlanBody({
	actions,
	canEdit,
	factorLabel,
	factorOrder,
	onEdit,
}: {
	actions: Action[];
	canEdit: boolean;
	factorLabel: (id: string) => string;
	factorOrder: readonly string[];
	onEdit: (action: Action) => void;
}) {
	const { lang } = useI18n();
	const m = useMessages(PLAN_MESSAGES);
	const { code } = useSelection();
	const [groupParam, setGroup] = useSearchParam(GROUP_PARAM);
	const groupBy = parseGroupBy(groupParam);
	const progress = useProgressQuery(code);
	const byId = progressById(progress.data);
	const today = swedishDateOf(new Date());
	const order =
		groupBy === "factor"
			? factorOrder
			: groupBy === "area"
				? Object.keys(INSIKT_AREAS)
				: undefined;
	const groups = groupActions(actions, groupBy, order);
	const anchored = new Set<number>();
	const isFirst = (id: number) =>
		!anchored.has(id) && Boolean(anchored.add(id));
	const groupTitle = (key: string): string => {
		if (groupBy === "status") return m.status[key as Action["status"]];
		if (key === UNLINKED)
			return groupBy === "factor" ? m.unlinkedFactor : m.unlinkedArea;
		return groupBy === "factor" ? factorLabel(key) : areaLabel(key, lang);
	};
	return (
		<>
			<SyntheticBanner show={hasSynthetic(progress.data?.provenances)} />
			<DueTimeline actions={actions} today={today} />
			<fieldset className="group-by">
				<legend>{m.groupBy}</legend>
				{GROUP_BYS.map((by: GroupBy) => (
					<label key={by} className="radio">
						<input
							type="radio"
							name="group-by"
							value={by}
							checked={groupBy === by}
							onChange={() =>
								setGroup(by === "factor" ? null : by, { replace: true })
							}
						/>{" "}
						{m.groupByOption[by]}
					</label>
				))}
			</fieldset>
			{groups.map((group) => (
				<section
					key={group.key || "unlinked"}
					className="action-group"
					aria-labelledby={`group-${groupBy}-${group.key || "unlinked"}`}
				>
					<h2 id={`group-${groupBy}-${group.key || "unlinked"}`}>
						{groupTitle(group.key)}{" "}
						<span className="muted">
							({m.actionCount(group.actions.length)})
						</span>
					</h2>
					{group.actions.map((action) => (
						<ActionCard
							key={action.id}
							action={action}
							progress={byId.get(action.id)}
							today={today}
							factorLabel={factorLabel}
							canEdit={canEdit}
							onEdit={onEdit}
							scope={`${groupBy}-${group.key || "unlinked"}`}
							isAnchor={isFirst(action.id)}
						/>
					))}
				</section>
			))}
		</>
	);
}
