import type { FactorGap } from "../../../analysis/gapToTop10.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { Panel } from "../../ui/TableShell.tsx";
import { LinkedActionList } from "./LinkedActionList.tsx";
import { PLAN_MESSAGES } from "./messages.ts";
import { PlanLink } from "./PlanLink.tsx";
import { unlinkedFactors } from "./planData.ts";
import { useActionListQuery } from "./queries.ts";

/**
 * For the Faktorer page: the plan's actions per factor, the factors by their share of the gap; a
 * factor with a large gap and no action is pointed out.
 */
export function FactorActions({
	factors,
}: {
	factors: readonly Pick<FactorGap, "factorId" | "label" | "share">[];
}) {
	const f = useI18n();
	const m = useMessages(PLAN_MESSAGES);
	const list = useActionListQuery();
	if (!list.isSuccess) return null;
	const actions = list.data.actions;
	const flagged = unlinkedFactors(factors, actions);
	const ordered = [...factors].sort((a, b) => (b.share ?? 0) - (a.share ?? 0));
	const linked = ordered
		.map((factor) => ({
			factor,
			actions: actions.filter((a) => a.factorIds.includes(factor.factorId)),
		}))
		.filter((entry) => entry.actions.length > 0);
	const others = ordered.filter(
		(factor) =>
			!flagged.has(factor.factorId) &&
			!linked.some((entry) => entry.factor.factorId === factor.factorId),
	);
	return (
		<Panel titleId="factor-actions" title={m.linked.factorsHeading}>
			<div className="linked-actions" data-testid="factor-actions">
				{linked.length > 0 && (
					<dl>
						{linked.map(({ factor, actions: aimed }) => (
							<div key={factor.factorId}>
								<dt>{factor.label}</dt>
								<dd>
									<LinkedActionList actions={aimed} />
								</dd>
							</div>
						))}
					</dl>
				)}
				{ordered
					.filter((factor) => flagged.has(factor.factorId))
					.map((factor) => (
						<p key={factor.factorId}>
							<strong>{factor.label}:</strong>{" "}
							<span className="no-actions">
								{m.linked.noneLargeGap(f.pct(factor.share))}
							</span>
						</p>
					))}
				{others.length > 0 && (
					<p className="muted">
						{m.linked.none}: {others.map((factor) => factor.label).join(", ")}
					</p>
				)}
			</div>
			<PlanLink />
		</Panel>
	);
}
