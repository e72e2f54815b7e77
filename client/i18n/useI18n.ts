import { useEffect } from "react";
import { useSearchParam } from "../state/router.ts";
import { PARAM, parseLang } from "../state/urlState.ts";
import { FORMAT, type Formatter } from "./format.ts";
import type { MessageTable, Translations } from "./messages.ts";

/** The language from `?lang=` (Swedish by default) with its number, rank, year and date formatters. */
export function useI18n(): Formatter {
	const [param] = useSearchParam(PARAM.lang);
	return FORMAT[parseLang(param)];
}

/** A feature's messages in the interface language. */
export function useMessages<T extends MessageTable>(
	translations: Translations<T>,
): T {
	return translations[useI18n().lang];
}

/** Keeps <html lang> in step with the interface language, for screen readers and hyphenation. */
export function useDocumentLang(lang: string): void {
	useEffect(() => {
		document.documentElement.lang = lang;
	}, [lang]);
}
