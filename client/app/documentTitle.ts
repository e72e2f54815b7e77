import { useEffect } from "react";
import { useMunicipality } from "../api/municipalities.ts";
import { LOGIN_PATH } from "../api/session.ts";
import { formatYear } from "../i18n/format.ts";
import { useMessages } from "../i18n/useI18n.ts";
import { useSelection } from "../state/selection.ts";
import { useYear } from "../state/useYear.ts";
import { APP_MESSAGES } from "./messages.ts";
import { ROUTES } from "./routes.ts";

const APP_NAME = "Topp10";

/** "Faktorer – Partille 2023 – Topp10": page, then what it is about, then the product. */
export function documentTitle(
	page: string | null,
	municipality: string | null,
	year: number | null,
): string {
	const about = [municipality, year === null ? null : formatYear(year)]
		.filter((part): part is string => part !== null)
		.join(" ");
	return [page, about || null, APP_NAME]
		.filter((part): part is string => part !== null)
		.join(" – ");
}

type AppMessages = (typeof APP_MESSAGES)[keyof typeof APP_MESSAGES];

/** The page's name: its label in the navigation, or "Logga in" for the login page outside it. */
export function pageName(path: string, m: AppMessages): string | null {
	if (path === LOGIN_PATH) return m.logIn;
	const route = ROUTES.find((r) => r.path === path);
	return route ? m.nav[route.label] : null;
}

/** Keeps the tab's, bookmark's and printed PDF's title in step with the page. */
export function useDocumentTitle(
	path: string,
	municipalityFree: boolean,
): void {
	const m = useMessages(APP_MESSAGES);
	const { code } = useSelection();
	const municipality = useMunicipality(code);
	const { year } = useYear();
	const title = documentTitle(
		pageName(path, m),
		municipalityFree ? null : (municipality?.name ?? null),
		municipalityFree ? null : year,
	);
	useEffect(() => {
		document.title = title;
	}, [title]);
}
