export type Lang = "sv" | "en";

const LOCALES: Record<Lang, string> = { sv: "sv-SE", en: "en-GB" };

const decimalFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, fractionDigits: number): Intl.NumberFormat {
	const key = `${lang}:${fractionDigits}`;
	let format = decimalFormats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(LOCALES[lang], {
			minimumFractionDigits: fractionDigits,
			maximumFractionDigits: fractionDigits,
		});
		decimalFormats.set(key, format);
	}
	return format;
}

/** sv-SE number with a decimal comma, e.g. 3,83; "–" for a missing value. */
export function formatNumber(
	value: number | null | undefined,
	fractionDigits = 0,
	lang: Lang = "sv",
): string {
	if (value === null || value === undefined || !Number.isFinite(value))
		return "–";
	// Intl uses U+2212 for minus in sv-SE; a hyphen-minus reads the same and copies cleanly.
	const text = numberFormat(lang, fractionDigits)
		.format(value)
		.replace("\u2212", "-");
	// A value that rounds to zero is written without a sign ("-0" reads as an error).
	return /^-[0.,]*$/.test(text) ? text.slice(1) : text;
}

/** A number with an explicit sign: +0,25, -3, ±0 (score and value differences; a rank change is worded by rankChange.ts). */
export function formatSigned(
	value: number | null | undefined,
	fractionDigits = 0,
	lang: Lang = "sv",
): string {
	if (value === null || value === undefined || !Number.isFinite(value))
		return "–";
	const text = formatNumber(Math.abs(value), fractionDigits, lang);
	if (text === formatNumber(0, fractionDigits, lang)) return `±${text}`;
	return `${value > 0 ? "+" : "-"}${text}`;
}

/** A share 0..1 as a percentage: 0,171 → "17 %" (sv) or "17%" (en); digits for decimals. */
export function formatPercent(
	share: number | null | undefined,
	lang: Lang = "sv",
	fractionDigits = 0,
): string {
	if (share === null || share === undefined || !Number.isFinite(share))
		return "–";
	const number = formatNumber(share * 100, fractionDigits, lang);
	return lang === "sv" ? `${number}\u00a0%` : `${number}%`;
}

/** A year as written, never digit-grouped: 2023, not "2 023". */
export function formatYear(year: number | null | undefined): string {
	return year === null || year === undefined ? "–" : String(year);
}

/** A run of years: "2014–2025", one year alone, "–" for none; more than `listUpTo` years as a span. */
export function formatYears(years: readonly number[], listUpTo = 1): string {
	const first = years[0];
	const last = years.at(-1);
	if (first === undefined || last === undefined) return "–";
	if (years.length <= listUpTo) return years.map(formatYear).join(", ");
	return `${formatYear(first)}–${formatYear(last)}`;
}

/**
 * The noun for a count: singular for exactly one, plural otherwise (0, 2, 1,5), which is the rule
 * in both Swedish and English.
 */
export function pluralNoun(count: number, one: string, other: string): string {
	return count === 1 ? one : other;
}

/** A count with its noun in the right number: "1 placering", "3 placeringar"; "1 row", "2 rows". */
export function formatCount(
	count: number,
	one: string,
	other: string,
	lang: Lang = "sv",
): string {
	return `${formatNumber(count, 0, lang)} ${pluralNoun(count, one, other)}`;
}

/** Swedish ordinal: 1:a, 2:a, 3:e … 11:e, 12:e … 21:a, 22:a; English: 1st, 2nd, 3rd, 11th. */
export function formatRank(
	rank: number | null | undefined,
	lang: Lang = "sv",
): string {
	if (rank === null || rank === undefined) return "–";
	const lastDigit = rank % 10;
	const isTeen = Math.floor(rank / 10) % 10 === 1;
	if (lang === "en") {
		const suffix = isTeen
			? "th"
			: lastDigit === 1
				? "st"
				: lastDigit === 2
					? "nd"
					: lastDigit === 3
						? "rd"
						: "th";
		return `${rank}${suffix}`;
	}
	return `${rank}:${(lastDigit === 1 || lastDigit === 2) && !isTeen ? "a" : "e"}`;
}

/** A calendar date, sv: 2026-11-27; en: 27 November 2026. Always in UTC so tests are stable. */
export function formatDate(date: Date, lang: Lang = "sv"): string {
	if (lang === "sv") return date.toISOString().slice(0, 10);
	return new Intl.DateTimeFormat("en-GB", {
		day: "numeric",
		month: "long",
		year: "numeric",
		timeZone: "UTC",
	}).format(date);
}

/** Date and time for an import run, e.g. 2026-11-27 21:42 (UTC). */
export function formatDateTime(iso: string, lang: Lang = "sv"): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	const time = date.toISOString().slice(11, 16);
	return `${formatDate(date, lang)} ${time}`;
}

/** Every formatter bound to one language, for messages and components. */
export interface Formatter {
	lang: Lang;
	num: (value: number | null | undefined, digits?: number) => string;
	signed: (value: number | null | undefined, digits?: number) => string;
	pct: (share: number | null | undefined, digits?: number) => string;
	rank: (rank: number | null | undefined) => string;
	year: (year: number | null | undefined) => string;
	years: (years: readonly number[], listUpTo?: number) => string;
	count: (count: number, one: string, other: string) => string;
	plural: (count: number, one: string, other: string) => string;
	date: (date: Date) => string;
	dateTime: (iso: string) => string;
}

function formatterFor(lang: Lang): Formatter {
	return {
		lang,
		num: (value, digits = 0) => formatNumber(value, digits, lang),
		signed: (value, digits = 0) => formatSigned(value, digits, lang),
		pct: (share, digits = 0) => formatPercent(share, lang, digits),
		rank: (rank) => formatRank(rank, lang),
		year: formatYear,
		years: formatYears,
		count: (count, one, other) => formatCount(count, one, other, lang),
		plural: pluralNoun,
		date: (date) => formatDate(date, lang),
		dateTime: (iso) => formatDateTime(iso, lang),
	};
}

export const FORMAT: Record<Lang, Formatter> = {
	sv: formatterFor("sv"),
	en: formatterFor("en"),
};
