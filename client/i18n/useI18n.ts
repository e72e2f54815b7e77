import { useEffect, useMemo } from "react";
import { useSearchParam } from "../state/router.ts";
import { PARAM, parseLang } from "../state/urlState.ts";
import { type MessageKey, translate } from "./dictionary.ts";
import {
	formatNumber,
	formatPercent,
	formatRank,
	formatSigned,
	type Lang,
} from "./format.ts";

export interface I18n {
	lang: Lang;
	t: (key: MessageKey, values?: Record<string, string | number>) => string;
	num: (value: number | null | undefined, digits?: number) => string;
	signed: (value: number | null | undefined, digits?: number) => string;
	pct: (share: number | null | undefined) => string;
	rank: (rank: number | null | undefined) => string;
}

/** The language from `?lang=` (Swedish by default) with its message and number formatters. */
export function useI18n(): I18n {
	const [param] = useSearchParam(PARAM.lang);
	const lang = parseLang(param);
	return useMemo(
		() => ({
			lang,
			t: (key, values) => translate(lang, key, values),
			num: (value, digits = 0) => formatNumber(value, digits, lang),
			signed: (value, digits = 0) => formatSigned(value, digits, lang),
			pct: (share) => formatPercent(share, lang),
			rank: (rank) => formatRank(rank, lang),
		}),
		[lang],
	);
}

/** Keeps <html lang> in step with the interface language, for screen readers and hyphenation. */
export function useDocumentLang(lang: Lang): void {
	useEffect(() => {
		document.documentElement.lang = lang;
	}, [lang]);
}
