import { type ComponentType, lazy, Suspense } from "react";
import {
	useMunicipalityListQuery,
	useRankingQuery,
} from "../api/municipalities.ts";
import { useYearsQuery } from "../api/years.ts";
import { useDocumentLang, useI18n } from "../i18n/useI18n.ts";
import { Link, updateSearch, useLocation } from "../state/router.ts";
import { useSelection } from "../state/selection.ts";
import { PARAM, pageHref } from "../state/urlState.ts";
import { MunicipalityPicker } from "../ui/MunicipalityPicker.tsx";
import { YearPicker } from "../ui/YearPicker.tsx";
import type { PageProps } from "./PageProps.ts";
import { normalisePath, ROUTES } from "./routes.ts";

/** Every page is its own chunk, so the first load carries only the shell (and no chart library). */
const PAGES: Record<string, ComponentType<PageProps>> = {
	"/": lazy(() => import("../features/overview/OverviewPage.tsx")),
	"/faktorer": lazy(() => import("../features/factors/FactorsPage.tsx")),
	"/insikt": lazy(() => import("../features/insikt/InsiktPage.tsx")),
	"/jamfor": lazy(() => import("../features/compare/ComparePage.tsx")),
	"/rapport": lazy(() => import("../features/report/ReportPage.tsx")),
	"/import": lazy(() => import("../features/import/ImportPage.tsx")),
	"/om": lazy(() => import("../features/about/AboutPage.tsx")),
};

/** Pages that do not depend on the chosen municipality. */
const MUNICIPALITY_FREE = new Set(["/import"]);

export function App() {
	const location = useLocation();
	const path = normalisePath(location.pathname);
	const { t, lang } = useI18n();
	useDocumentLang(lang);
	const { code, yearParam, targetYearParam, fromParam } = useSelection();
	const list = useMunicipalityListQuery();
	const years = useYearsQuery();
	const ranking = useRankingQuery(code);
	const selected = list.data?.municipalities.find((m) => m.code === code);
	const Page = PAGES[path];
	const search = location.search;

	return (
		<>
			<a className="skip-link" href="#main">
				{t("app.skipToContent")}
			</a>
			<header className="site-header">
				<div className="header-row">
					<Link className="brand" href={pageHref("/", search)}>
						Topp10
					</Link>
					<div className="header-controls">
						<MunicipalityPicker
							municipalities={list.data?.municipalities ?? []}
							selected={selected}
							onSelect={(next) =>
								updateSearch({
									[PARAM.municipality]: next,
									[PARAM.whatIf]: null,
								})
							}
						/>
						<YearPicker
							years={years.data?.rankingYears ?? []}
							value={yearParam}
							defaultYear={ranking.data?.trend.latest?.year ?? null}
							onChange={(year) =>
								updateSearch({
									[PARAM.year]: year === null ? null : String(year),
									[PARAM.whatIf]: null,
								})
							}
						/>
						<button
							type="button"
							className="lang-toggle"
							lang={lang === "sv" ? "en" : "sv"}
							onClick={() =>
								updateSearch({ [PARAM.lang]: lang === "sv" ? "en" : null })
							}
						>
							{t("app.language")}
						</button>
					</div>
				</div>
				<nav aria-label={t("nav.label")} className="site-nav">
					<ul>
						{ROUTES.map((route) => (
							<li key={route.path}>
								<Link
									href={pageHref(route.path, search)}
									aria-current={route.path === path ? "page" : undefined}
								>
									{t(route.label)}
								</Link>
							</li>
						))}
					</ul>
				</nav>
			</header>
			<main id="main" tabIndex={-1}>
				{!Page ? (
					<p className="status error" role="alert">
						{t("app.notFound")}
					</p>
				) : list.isSuccess && !selected && !MUNICIPALITY_FREE.has(path) ? (
					<p className="status error" role="alert">
						{t("app.unknownCode", { code })}
					</p>
				) : (
					<Suspense fallback={<p className="status">{t("app.loadingPage")}</p>}>
						<Page
							key={path}
							code={code}
							yearParam={yearParam}
							targetYearParam={targetYearParam}
							fromParam={fromParam}
						/>
					</Suspense>
				)}
			</main>
			<footer className="site-footer">{t("app.footer")}</footer>
		</>
	);
}
