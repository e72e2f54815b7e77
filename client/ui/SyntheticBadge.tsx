import { useMessages } from "../i18n/useI18n.ts";
import { Link, useLocation } from "../state/router.ts";
import { pageHref } from "../state/urlState.ts";
import { UI_MESSAGES } from "./messages.ts";

/** The "Exempeldata" mark beside any synthetic figure. */
export function SyntheticBadge({ show = true }: { show?: boolean }) {
	const m = useMessages(UI_MESSAGES);
	if (!show) return null;
	return (
		<span className="badge synthetic" title={m.syntheticTitle}>
			{m.syntheticBadge}
		</span>
	);
}

/** The page banner shown whenever the data on the page contains synthetic figures. */
export function SyntheticBanner({ show }: { show: boolean }) {
	const m = useMessages(UI_MESSAGES);
	const { search } = useLocation();
	if (!show) return null;
	return (
		<div
			className="synthetic-banner"
			role="note"
			data-testid="synthetic-banner"
		>
			<strong>{m.syntheticBadge}.</strong> {m.syntheticBanner}{" "}
			<Link href={pageHref("/om", search)}>{m.syntheticReadMore}</Link>
		</div>
	);
}
