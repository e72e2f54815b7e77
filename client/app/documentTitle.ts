import { useEffect } from "react";
import { useMunicipality } from "../api/municipalities.ts";
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

/** Keeps the tab's, bookmark's and printed PDF's title in step with the page. */
export function useDocumentTitle(
	path: string,
	municipalityFree: boolean,
): void {
	const m = useMessages(APP_MESSAGES);
	const { code } = useSelection();
	const municipality = useMunicipality(code);
	const { year } = useYear();
	const route = ROUTES.find((r) => r.path === path);
	const title = documentTitle(
		route ? m.nav[route.label] : null,
		municipalityFree ? null : (municipality?.name ?? null),
		municipalityFree ? null : year,
	);
	useEffect(() => {
		document.title = title;
	}, [title]);
}
