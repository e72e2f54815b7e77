import { useMessages } from "../../i18n/useI18n.ts";
import { Link, useLocation } from "../../state/router.ts";
import { pageHref } from "../../state/urlState.ts";
import { PLAN_MESSAGES } from "./messages.ts";

/** "Till handlingsplanen", keeping the municipality, year and language. */
export function PlanLink() {
	const m = useMessages(PLAN_MESSAGES);
	const { search } = useLocation();
	return (
		<p>
			<Link href={pageHref("/handlingsplan", search)}>{m.linked.openPlan}</Link>
		</p>
	);
}
