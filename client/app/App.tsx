import { Suspense, useEffect } from "react";
import {
	useMunicipality,
	useMunicipalityListQuery,
} from "../api/municipalities.ts";
import { LOGIN_PATH, loginHref, useSessionQuery } from "../api/session.ts";
import { useDocumentLang, useI18n, useMessages } from "../i18n/useI18n.ts";
import { navigate, useLocation } from "../state/router.ts";
import { useSelection } from "../state/selection.ts";
import { DataAsOf } from "../ui/DataAsOf.tsx";
import { useDocumentTitle } from "./documentTitle.ts";
import { APP_MESSAGES } from "./messages.ts";
import { PAGES } from "./pageModules.ts";
import { normalisePath } from "./routes.ts";
import { SiteHeader } from "./SiteHeader.tsx";

/** Pages that do not depend on the chosen municipality. */
const MUNICIPALITY_FREE = new Set(["/import", LOGIN_PATH]);

export function App() {
	const location = useLocation();
	const path = normalisePath(location.pathname);
	const { lang } = useI18n();
	const m = useMessages(APP_MESSAGES);
	useDocumentLang(lang);
	useDocumentTitle(path, MUNICIPALITY_FREE.has(path));
	usePrivateModeLogin(path, location);
	return (
		<>
			<a className="skip-link" href="#main">
				{m.skipToContent}
			</a>
			<SiteHeader path={path} search={location.search} />
			<main id="main" tabIndex={-1}>
				<PageFor path={path} />
			</main>
			<footer className="site-footer">
				<DataAsOf className="data-as-of" />
				<p>{m.footer}</p>
			</footer>
		</>
	);
}

/**
 * With TOPP10_PRIVATE=1 nothing but the login can be read without logging in: every other page
 * sends you to /logga-in, which sends you back once you are in.
 */
function usePrivateModeLogin(path: string, location: URL) {
	const state = useSessionQuery().data;
	const mustLogIn =
		state?.privateMode === true &&
		state.session === null &&
		path !== LOGIN_PATH;
	const back = location.pathname + location.search;
	const lang = location.searchParams.get("lang");
	useEffect(() => {
		if (mustLogIn) navigate(loginHref(back, lang), { replace: true });
	}, [mustLogIn, back, lang]);
}

/** The page for the path, or why there is none: an unknown page or an unknown municipality code. */
function PageFor({ path }: { path: string }) {
	const m = useMessages(APP_MESSAGES);
	const { code } = useSelection();
	const list = useMunicipalityListQuery();
	const selected = useMunicipality(code);
	const Page = PAGES[path];
	if (!Page)
		return (
			<p className="status error" role="alert">
				{m.notFound}
			</p>
		);
	if (list.isSuccess && !selected && !MUNICIPALITY_FREE.has(path))
		return (
			<p className="status error" role="alert">
				{m.unknownCode(code)}
			</p>
		);
	return (
		<Suspense fallback={<p className="status">{m.loadingPage}</p>}>
			<Page key={path} />
		</Suspense>
	);
}
