import type { NavKey } from "./messages.ts";

export interface PageRoute {
	path: string;
	label: NavKey;
}

/** The pages in navigation order; App.tsx maps each path to a lazily loaded component. */
export const ROUTES: readonly PageRoute[] = [
	{ path: "/", label: "overview" },
	{ path: "/faktorer", label: "factors" },
	{ path: "/insikt", label: "insikt" },
	{ path: "/jamfor", label: "compare" },
	{ path: "/rankning", label: "rankings" },
	{ path: "/handlingsplan", label: "actionPlan" },
	{ path: "/rapport", label: "report" },
	{ path: "/import", label: "import" },
	{ path: "/om", label: "about" },
];

/** "/faktorer/" and "/faktorer" are the same page. */
export function normalisePath(pathname: string): string {
	const trimmed = pathname.replace(/\/+$/, "");
	return trimmed === "" ? "/" : trimmed;
}
