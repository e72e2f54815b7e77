import { useMessages } from "../i18n/useI18n.ts";
import { Link, useLocation } from "../state/router.ts";
import { pageHref } from "../state/urlState.ts";
import { UI_MESSAGES } from "./messages.ts";

/**
 * The "Exempeldata" mark beside any synthetic figure. Where a row shows several figures of which
 * only some are synthetic, `what` names them ("Exempeldata: omdöme").
 */
export function SyntheticBadge({
	show = true,
	what,
}: {
	show?: boolean;
	what?: string;
}) {
	const m = useMessages(UI_MESSAGES);
	if (!show) return null;
	return (
		<span
			className="badge synthetic"
			title={what ? m.syntheticWhatTitle(what) : m.syntheticTitle}
			data-synthetic={what ?? "figure"}
		>
			{what ? m.syntheticWhat(what) : m.syntheticBadge}
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
