import type { MessageKey } from "../i18n/dictionary.ts";

export interface PageRoute {
	path: string;
	label: MessageKey;
}

/** The pages in navigation order; App.tsx maps each path to a lazily loaded component. */
export const ROUTES: readonly PageRoute[] = [
	{ path: "/", label: "nav.overview" },
	{ path: "/faktorer", label: "nav.factors" },
	{ path: "/insikt", label: "nav.insikt" },
	{ path: "/jamfor", label: "nav.compare" },
	{ path: "/rapport", label: "nav.report" },
	{ path: "/import", label: "nav.import" },
	{ path: "/om", label: "nav.about" },
];

/** "/faktorer/" and "/faktorer" are the same page. */
export function normalisePath(pathname: string): string {
	const trimmed = pathname.replace(/\/+$/, "");
	return trimmed === "" ? "/" : trimmed;
}
