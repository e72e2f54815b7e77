import {
	useMunicipality,
	useMunicipalityListQuery,
} from "../api/municipalities.ts";
import { LOGIN_PATH, loginHref, useSessionQuery } from "../api/session.ts";
import { useYearsQuery } from "../api/years.ts";
import { useI18n, useMessages } from "../i18n/useI18n.ts";
import { incompleteCounts } from "../state/dataYears.ts";
import { Link, updateSearch } from "../state/router.ts";
import { useSelection } from "../state/selection.ts";
import { PARAM, pageHref } from "../state/urlState.ts";
import { useYear } from "../state/useYear.ts";
import { LogoutButton } from "../ui/LogoutButton.tsx";
import { MunicipalityPicker } from "../ui/MunicipalityPicker.tsx";
import { YearPicker } from "../ui/YearPicker.tsx";
import { APP_MESSAGES } from "./messages.ts";
import { ROUTES } from "./routes.ts";

/** The brand, the municipality, year and language choices, and the navigation. */
export function SiteHeader({ path, search }: { path: string; search: string }) {
	const m = useMessages(APP_MESSAGES);
	return (
		<header className="site-header">
			<div className="header-row">
				<Link className="brand" href={pageHref("/", search)}>
					Topp10
				</Link>
				<div className="header-controls">
					<MunicipalityChoice />
					<YearChoice />
					<LanguageToggle />
					<SessionControl path={path} search={search} />
				</div>
			</div>
			<nav aria-label={m.navLabel} className="site-nav">
				<ul>
					{ROUTES.map((route) => (
						<li key={route.path}>
							<Link
								href={pageHref(route.path, search)}
								aria-current={route.path === path ? "page" : undefined}
							>
								{m.nav[route.label]}
							</Link>
						</li>
					))}
				</ul>
			</nav>
		</header>
	);
}

function MunicipalityChoice() {
	const { code } = useSelection();
	const list = useMunicipalityListQuery();
	return (
		<MunicipalityPicker
			municipalities={list.data?.municipalities ?? []}
			selected={useMunicipality(code)}
			onSelect={(next) =>
				updateSearch({ [PARAM.municipality]: next, [PARAM.whatIf]: null })
			}
		/>
	);
}

function YearChoice() {
	const { yearParam } = useSelection();
	const { latest } = useYear();
	const years = useYearsQuery();
	return (
		<YearPicker
			years={years.data?.rankingYears ?? []}
			value={yearParam}
			defaultYear={latest}
			incomplete={incompleteCounts(years.data?.coverage.ranking ?? [])}
			onChange={(year) =>
				updateSearch({
					[PARAM.year]: year === null ? null : String(year),
					[PARAM.whatIf]: null,
				})
			}
		/>
	);
}

function LanguageToggle() {
	const { lang } = useI18n();
	const m = useMessages(APP_MESSAGES);
	return (
		<button
			type="button"
			className="lang-toggle"
			lang={lang === "sv" ? "en" : "sv"}
			onClick={() =>
				updateSearch({ [PARAM.lang]: lang === "sv" ? "en" : null })
			}
		>
			{m.otherLanguage}
		</button>
	);
}

/** "Logga in" (and back here afterwards), or who is logged in and "Logga ut". */
function SessionControl({ path, search }: { path: string; search: string }) {
	const m = useMessages(APP_MESSAGES);
	const { lang } = useI18n();
	const session = useSessionQuery().data?.session ?? null;
	if (session)
		return (
			<span className="session-control">
				<span className="muted">{m.loggedInAs(session.user.name)}</span>{" "}
				<LogoutButton label={m.logOut} />
			</span>
		);
	if (path === LOGIN_PATH) return null;
	return (
		<Link
			className="session-control"
			href={loginHref(path + search, lang === "en" ? "en" : null)}
		>
			{m.logIn}
		</Link>
	);
}
