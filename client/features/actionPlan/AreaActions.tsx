import { INSIKT_AREAS } from "../../../domain/insikt.ts";
import { areaLabel } from "../../i18n/terms.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { Panel } from "../../ui/TableShell.tsx";
import { LinkedActionList } from "./LinkedActionList.tsx";
import { PLAN_MESSAGES } from "./messages.ts";
import { PlanLink } from "./PlanLink.tsx";
import { useActionListQuery } from "./queries.ts";

/** For the Insikt page: the plan's actions per Insikt area, and the areas no action aims at. */
export function AreaActions() {
	const { lang } = useI18n();
	const m = useMessages(PLAN_MESSAGES);
	const list = useActionListQuery();
	if (!list.isSuccess) return null;
	const actions = list.data.actions;
	const areas = Object.keys(INSIKT_AREAS).map((area) => ({
		area,
		linked: actions.filter((a) => a.insiktAreas.includes(area)),
	}));
	const without = areas.filter((a) => a.linked.length === 0);
	return (
		<Panel titleId="area-actions" title={m.linked.areasHeading}>
			<dl className="linked-actions" data-testid="area-actions">
				{areas
					.filter((a) => a.linked.length > 0)
					.map(({ area, linked }) => (
						<div key={area}>
							<dt>{areaLabel(area, lang)}</dt>
							<dd>
								<LinkedActionList actions={linked} />
							</dd>
						</div>
					))}
			</dl>
			{without.length > 0 && (
				<p>
					<span className="no-actions">{m.linked.none}:</span>{" "}
					{without.map((a) => areaLabel(a.area, lang)).join(", ")}
				</p>
			)}
			<PlanLink />
		</Panel>
	);
}
