import type { Lang } from "../i18n/format.ts";

/**
 * The URL is the state. Pure parsers and serialisers for every choice a page keeps there, so a
 * view can be shared, reloaded and walked with back/forward. Bad values are ignored, never thrown.
 *
 *   kommun=1402          municipality code
 *   ar=2023              ranking year
 *   mal=2026             target year for the top 10
 *   fran=2008            first year of the charted history (the API's default: the latest 15)
 *   lang=en              interface language (Swedish without it)
 *   om=service:4.1,…     what-if factor scores
 *   grupp=GR             peer group id (GR, lan:14, kommungrupp:A2)
 *   koder=1402,1401      custom peer list
 *   tabell=rank-trend,…  charts shown as tables
 *   sortera=rank:asc     comparison table sort
 *   sok=parti            Rankning: search by name or code
 *   rang=urval           Rankning: ranks within the selection instead of among all 290
 *   visa=placering       Rankning: factor cells as ranks (placering) or values (varde)
 *   indikatorer=…,vikter=…,antal=7   Jämför: similar municipalities (as the API takes them)
 */
export const PARAM = {
	municipality: "kommun",
	year: "ar",
	targetYear: "mal",
	historyFrom: "fran",
	lang: "lang",
	whatIf: "om",
	group: "grupp",
	codes: "koder",
	tables: "tabell",
	sort: "sortera",
	search: "sok",
	rankScope: "rang",
	show: "visa",
	indicators: "indikatorer",
	weights: "vikter",
	count: "antal",
} as const;

/** Choices that follow the user from page to page; the rest belong to one page. */
export const GLOBAL_PARAMS: readonly string[] = [
	PARAM.municipality,
	PARAM.year,
	PARAM.targetYear,
	PARAM.historyFrom,
	PARAM.lang,
];

export const DEFAULT_MUNICIPALITY = "1402";
export const MAX_PEERS = 30;

export type SearchPatch = Record<string, string | null>;

export function parseCode(value: string | null): string | null {
	return value !== null && /^\d{4}$/.test(value) ? value : null;
}

export function parseYear(value: string | null): number | null {
	if (value === null || !/^\d{4}$/.test(value)) return null;
	const year = Number(value);
	return year >= 1990 && year <= 2100 ? year : null;
}

/** A first year of history as the API takes it (1900–2100). */
export function parseHistoryFrom(value: string | null): number | null {
	if (value === null || !/^\d{4}$/.test(value)) return null;
	const year = Number(value);
	return year >= 1900 && year <= 2100 ? year : null;
}

export function parseLang(value: string | null): Lang {
	return value === "en" ? "en" : "sv";
}

const FACTOR_ID = /^[a-z0-9-]{1,60}$/;

/** "service:4.1,attityder:3.8" → { service: 4.1, attityder: 3.8 }; bad pairs are skipped. */
export function parseWhatIf(value: string | null): Record<string, number> {
	const changes: Record<string, number> = {};
	if (!value) return changes;
	for (const pair of value.split(",")) {
		const [id, raw, ...rest] = pair.split(":");
		if (id === undefined || raw === undefined || rest.length > 0) continue;
		if (!FACTOR_ID.test(id) || !/^-?\d+(\.\d+)?$/.test(raw)) continue;
		const number = Number(raw);
		if (Number.isFinite(number)) changes[id] = number;
	}
	return changes;
}

/** The inverse of parseWhatIf, keys sorted so equal choices give equal URLs; null when empty. */
export function serialiseWhatIf(
	changes: Record<string, number>,
): string | null {
	const pairs = Object.entries(changes)
		.filter(([id, v]) => FACTOR_ID.test(id) && Number.isFinite(v))
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([id, v]) => `${id}:${trimNumber(v)}`);
	return pairs.length > 0 ? pairs.join(",") : null;
}

/** A number for a URL: a decimal point, at most four decimals, no trailing zeros. */
export function trimNumber(value: number): string {
	return String(Number(value.toFixed(4)));
}

/** "1402,1401,x,1402" → ["1402", "1401"]: valid, unique, at most 30. */
export function parseCodes(value: string | null): string[] {
	if (!value) return [];
	const codes = value
		.split(",")
		.map((c) => c.trim())
		.filter((c) => /^\d{4}$/.test(c));
	return [...new Set(codes)].slice(0, MAX_PEERS);
}

export function serialiseCodes(codes: readonly string[]): string | null {
	const valid = parseCodes(codes.join(","));
	return valid.length > 0 ? valid.join(",") : null;
}

export function parseGroup(value: string | null): string | null {
	return value !== null &&
		/^(GR|lan:[0-9]{2}|kommungrupp:[A-C][1-9])$/.test(value)
		? value
		: null;
}

/** A set of ids kept as a comma list, e.g. the charts shown as tables. */
export function parseIdSet(value: string | null): Set<string> {
	if (!value) return new Set();
	return new Set(value.split(",").filter((id) => /^[a-z0-9-]{1,40}$/.test(id)));
}

export function serialiseIdSet(ids: ReadonlySet<string>): string | null {
	return ids.size > 0 ? [...ids].sort().join(",") : null;
}

/** Adds or removes one id, returning the new URL value. */
export function toggleId(value: string | null, id: string): string | null {
	const ids = parseIdSet(value);
	if (ids.has(id)) ids.delete(id);
	else ids.add(id);
	return serialiseIdSet(ids);
}

export type SortDirection = "asc" | "desc";
export interface SortState {
	key: string;
	direction: SortDirection;
}

export function parseSort(value: string | null): SortState | null {
	const match = /^([a-z0-9-]{1,60}|f:[a-z0-9-]{1,60}):(asc|desc)$/.exec(
		value ?? "",
	);
	if (!match?.[1] || !match[2]) return null;
	return { key: match[1], direction: match[2] as SortDirection };
}

export function serialiseSort(sort: SortState | null): string | null {
	return sort ? `${sort.key}:${sort.direction}` : null;
}

/** Applies a patch to a search string ("?a=1"); null deletes. Returns "" or "?…". */
export function patchSearch(search: string, patch: SearchPatch): string {
	const params = new URLSearchParams(search);
	for (const [name, value] of Object.entries(patch)) {
		if (value === null || value === "") params.delete(name);
		else params.set(name, value);
	}
	const text = params.toString().replaceAll("%2C", ",").replaceAll("%3A", ":");
	return text ? `?${text}` : "";
}

/** A link to another page that carries the global choices (municipality, year, language). */
export function pageHref(path: string, search: string): string {
	const current = new URLSearchParams(search);
	const next = new URLSearchParams();
	for (const name of GLOBAL_PARAMS) {
		const value = current.get(name);
		if (value !== null) next.set(name, value);
	}
	const text = next.toString();
	return text ? `${path}?${text}` : path;
}
