import type { FactorGap } from "../../../analysis/gapToTop10.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { Link, useLocation } from "../../state/router.ts";
import { pageHref } from "../../state/urlState.ts";
import { Panel } from "../../ui/TableShell.tsx";
import { LinkedActionList } from "./LinkedActionList.tsx";
import { PLAN_MESSAGES } from "./messages.ts";
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
	const { search } = useLocation();
	const list = useActionListQuery();
	if (!list.isSuccess) return null;
	const actions = list.data.actions;
	const flagged = unlinkedFactors(factors, actions);
	const ordered = [...factors].sort((a, b) => (b.share ?? 0) - (a.share ?? 0));
	return (
		<Panel titleId="factor-actions" title={m.linked.factorsHeading}>
			<dl className="linked-actions" data-testid="factor-actions">
				{ordered.map((factor) => {
					const linked = actions.filter((a) =>
						a.factorIds.includes(factor.factorId),
					);
					return (
						<div key={factor.factorId}>
							<dt>{factor.label}</dt>
							<dd>
								{linked.length > 0 ? (
									<LinkedActionList actions={linked} />
								) : flagged.has(factor.factorId) ? (
									<span className="no-actions">
										{m.linked.noneLargeGap(f.pct(factor.share))}
									</span>
								) : (
									<span className="muted">{m.linked.none}</span>
								)}
							</dd>
						</div>
					);
				})}
			</dl>
			<p>
				<Link href={pageHref("/handlingsplan", search)}>
					{m.linked.openPlan}
				</Link>
			</p>
		</Panel>
	);
}
