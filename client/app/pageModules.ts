import { type ComponentType, lazy } from "react";

type PageModule = Promise<{ default: ComponentType }>;

/** Every page is its own chunk, so the first load carries only the shell (and no chart library). */
const LOADERS: Record<string, () => PageModule> = {
	"/": () => import("../features/overview/OverviewPage.tsx"),
	"/faktorer": () => import("../features/factors/FactorsPage.tsx"),
	"/insikt": () => import("../features/insikt/InsiktPage.tsx"),
	"/jamfor": () => import("../features/compare/ComparePage.tsx"),
	"/rankning": () => import("../features/rankings/RankingsPage.tsx"),
	"/handlingsplan": () => import("../features/actionPlan/ActionPlanPage.tsx"),
	"/logga-in": () => import("../features/login/LoginPage.tsx"),
	"/rapport": () => import("../features/report/ReportPage.tsx"),
	"/import": () => import("../features/import/ImportPage.tsx"),
	"/om": () => import("../features/about/AboutPage.tsx"),
};

const loading = new Map<string, PageModule>();

/** The page's chunk, requested once: the first call starts it, later calls share it. */
function loadPage(path: string): PageModule | null {
	const load = LOADERS[path];
	if (!load) return null;
	let module = loading.get(path);
	if (!module) {
		module = load();
		loading.set(path, module);
	}
	return module;
}

/**
 * Requests the chunks of the page at `path` (its code and the chart library) at once, from the
 * entry, instead of when React first renders the page: they then load while the shell renders
 * and the data is fetched. A failure is left for the page's render to show.
 */
export function preloadPage(path: string): void {
	loadPage(path)?.catch(() => {});
}

/** The page components by path, each loaded lazily from its chunk. */
export const PAGES: Record<string, ComponentType> = Object.fromEntries(
	Object.keys(LOADERS).map((path) => [
		path,
		lazy(() => loadPage(path) as PageModule),
	]),
);
