import { useI18n } from "../i18n/useI18n.ts";
import { Link, useLocation } from "../state/router.ts";
import { pageHref } from "../state/urlState.ts";

/** The "Exempeldata" mark beside any synthetic figure. */
export function SyntheticBadge({ show = true }: { show?: boolean }) {
	const { t } = useI18n();
	if (!show) return null;
	return (
		<span className="badge synthetic" title={t("legend.synthetic")}>
			{t("synthetic.badge")}
		</span>
	);
}

/** The page banner shown whenever the data on the page contains synthetic figures. */
export function SyntheticBanner({ show }: { show: boolean }) {
	const { t } = useI18n();
	const { search } = useLocation();
	if (!show) return null;
	return (
		<div
			className="synthetic-banner"
			role="note"
			data-testid="synthetic-banner"
		>
			<strong>{t("synthetic.badge")}.</strong> {t("synthetic.banner")}{" "}
			<Link href={pageHref("/om", search)}>{t("synthetic.readMore")}</Link>
		</div>
	);
}
