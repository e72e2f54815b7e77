import { type IssueDetail, issueOf } from "../../domain/importIssues.ts";

export interface KnownMunicipality {
	code: string;
	name: string;
	/** The county (län) the municipality lies in, e.g. "Dalarnas län": its rows are aggregates. */
	countyName?: string;
	countyCode?: string;
}

export type MunicipalityMatch =
	| { ok: true; code: string }
	| { ok: false; issue: IssueDetail };

export interface MunicipalityMatcher {
	byCode(code: string): MunicipalityMatch;
	byName(name: string): MunicipalityMatch;
	/** The stored name of a known code, for messages. */
	nameOf(code: string): string | undefined;
	/** The county a name or code stands for ("Dalarnas län", "Dalarna", "Region Skåne", "20"), if any. */
	countyOf(nameOrCode: string): string | undefined;
	/** How many municipalities it knows: 0 in a database no municipality list has been imported into. */
	count: number;
}

/** Name forms seen in SN and SKR files that normalising alone does not reach. */
const ALIASES: Record<string, string> = {
	"region gotland": "gotland",
	"gotlands kommun": "gotland",
	"goteborgs stad": "goteborg",
	"göteborgs stad": "göteborg",
	falu: "falun",
};

const SUFFIX = / (kommun|stad)$/;

/** Lower case, hyphens and dashes as spaces, single spaces: "Upplands-Bro" ≈ "upplands bro". */
function spacedLowerCase(name: string): string {
	return name
		.normalize("NFC")
		.toLowerCase()
		.replace(/[-\u2013\u2014\s\u00a0]+/g, " ")
		.trim();
}

function foldAccents(key: string): string {
	return key.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

/** "Falu kommun" → "falun", "Göteborgs stad" → "göteborg"; keeps å, ä, ö (Håbo and Habo differ only there). */
function nameKey(name: string): string {
	const base = spacedLowerCase(name);
	const aliased = ALIASES[base] ?? ALIASES[foldAccents(base)] ?? base;
	const stripped = aliased.replace(SUFFIX, "");
	return ALIASES[stripped] ?? stripped;
}

/** "Upplands Bro", "Upplands-Bro", "Falu kommun", "Göteborgs stad" → one comparable, accent-free key. */
export function normaliseMunicipalityName(name: string): string {
	return foldAccents(nameKey(name));
}

/** Candidate keys of a name as written in a file: as is, and without the genitive "s" of "Stockholms stad". */
function candidateKeys(name: string): string[] {
	const key = nameKey(name);
	const hadSuffix = SUFFIX.test(spacedLowerCase(name));
	return hadSuffix && key.endsWith("s") ? [key, key.slice(0, -1)] : [key];
}

interface NameKeys {
	exact: Map<string, string>;
	/** The municipalities of each accent-free key, in list order: more than one make it ambiguous. */
	folded: Map<string, KnownMunicipality[]>;
}

/** What a matcher needs of its list, built once per list content and shared by its matchers. */
interface MunicipalityIndex {
	/** The list the index was built from: the same array again needs no comparison. */
	source: readonly KnownMunicipality[];
	/** A copy of the list the index was built from. */
	known: KnownMunicipality[];
	names: Map<string, string>;
	/** The match of each code, by its number: "0114" and "114" (Excel dropped the zero) → 0114. */
	codeMatches: CodeMatches;
	/** County keys (full, short and "region" forms, and codes) → the county's name. */
	counties: Map<string, string>;
	/** Built on the first name lookup: files with codes never need them. */
	nameKeys(): NameKeys;
}

/**
 * Every import builds a matcher from the stored list, nearly always the same 290 rows: the index
 * of a list with the same codes and names, in the same order, is reused (the last few are kept).
 */
const INDEXES_KEPT = 4;
const indexes: MunicipalityIndex[] = [];

function sameList(
	a: readonly KnownMunicipality[],
	b: readonly KnownMunicipality[],
): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) {
		const x = a[i];
		const y = b[i];
		if (
			x?.code !== y?.code ||
			x?.name !== y?.name ||
			x?.countyName !== y?.countyName
		)
			return false;
	}
	return true;
}

function indexOf(known: readonly KnownMunicipality[]): MunicipalityIndex {
	const position = indexes.findIndex(
		(index) => index.source === known || sameList(index.known, known),
	);
	const kept = indexes[position];
	if (kept) {
		// Most recently used first, so the oldest is the one dropped.
		indexes.splice(position, 1);
		indexes.unshift(kept);
		return kept;
	}
	const copy = known.map((m) => ({ ...m }));
	let keys: NameKeys | null = null;
	const index: MunicipalityIndex = {
		source: known,
		known: copy,
		names: new Map(copy.map((m) => [m.code, m.name])),
		codeMatches: buildCodeMatches(copy),
		counties: buildCountyKeys(copy),
		nameKeys: () => {
			keys ??= buildNameKeys(copy);
			return keys;
		},
	};
	indexes.unshift(index);
	indexes.length = Math.min(indexes.length, INDEXES_KEPT);
	return index;
}

export function createMunicipalityMatcher(
	known: readonly KnownMunicipality[],
): MunicipalityMatcher {
	const { names, codeMatches, nameKeys, counties } = indexOf(known);
	const unknownCode: MunicipalityMatch = {
		ok: false,
		issue: issueOf("unknown-municipality-code", { known: names.size }),
	};
	const cache = new Map<string, MunicipalityMatch>();
	const lookUp = (name: string): MunicipalityMatch => {
		const { exact, folded } = nameKeys();
		const candidates = candidateKeys(name);
		for (const key of candidates) {
			const code = exact.get(key);
			if (code) return { ok: true, code };
		}
		for (const key of candidates) {
			const found = folded.get(foldAccents(key)) ?? [];
			if (found.length > 1) return ambiguous(found);
			const code = found[0]?.code;
			if (code) return { ok: true, code };
		}
		return {
			ok: false,
			issue: issueOf("unknown-municipality-name", { known: names.size }),
		};
	};
	return {
		byCode: (code) =>
			codeMatches.of(code) ?? codeMatches.of(code.trim()) ?? unknownCode,
		byName(name) {
			const cached = cache.get(name);
			if (cached) return cached;
			const match = lookUp(name);
			cache.set(name, match);
			return match;
		},
		nameOf: (code) => names.get(code),
		countyOf: (nameOrCode) => counties.get(countyKey(nameOrCode)),
		count: names.size,
	};
}

/** Municipality codes are four digits, 0114 to 2584. */
const CODE_SLOTS = 10_000;

/**
 * One match per code, shared by every row that names it. A code cell is three or four digits,
 * read as a number that indexes a table of 10,000 slots: hashing each row's text to look it up
 * in a Map took longer than the rest of the row's checks.
 */
interface CodeMatches {
	of(cell: string): MunicipalityMatch | undefined;
}

function buildCodeMatches(known: readonly KnownMunicipality[]): CodeMatches {
	const slots: (MunicipalityMatch | undefined)[] = new Array(CODE_SLOTS);
	for (const { code } of known) {
		const number = codeNumberOf(code);
		if (number !== undefined && code.length === 4)
			slots[number] = { ok: true, code };
	}
	return {
		of: (cell) => {
			const number = codeNumberOf(cell);
			return number === undefined ? undefined : slots[number];
		},
	};
}

/** The number of a code written with three or four digits ("0114", "114"), else undefined. */
export function codeNumberOf(cell: string): number | undefined {
	if (cell.length !== 3 && cell.length !== 4) return undefined;
	let number = 0;
	for (let i = 0; i < cell.length; i++) {
		const digit = cell.charCodeAt(i) - 48;
		if (digit < 0 || digit > 9) return undefined;
		number = number * 10 + digit;
	}
	return number;
}

/** "Västra Götalands län" → "vastra gotaland", so the full, short and region forms meet. */
function countyKey(name: string): string {
	return foldAccents(spacedLowerCase(name))
		.replace(/^region /, "")
		.replace(/s? lan$/, "")
		.replace(/sregionen$/, "")
		.replace(/^lan /, "")
		.trim();
}

/**
 * Every county of the list, by full name, short name ("Dalarna", "Västra Götaland"), region name
 * ("Region Skåne") and code ("20", Kolada's "0020"). Municipalities are matched first, so
 * "Stockholm" and "Gotland" stay municipalities.
 */
function buildCountyKeys(
	known: readonly KnownMunicipality[],
): Map<string, string> {
	const counties = new Map<string, string>();
	for (const { countyName, countyCode } of known) {
		if (!countyName) continue;
		counties.set(countyKey(countyName), countyName);
		if (countyCode && /^\d{2}$/.test(countyCode)) {
			counties.set(countyCode, countyName);
			counties.set(`00${countyCode}`, countyName);
		}
	}
	return counties;
}

function buildNameKeys(known: KnownMunicipality[]): NameKeys {
	const exact = new Map(known.map((m) => [nameKey(m.name), m.code]));
	const folded = new Map<string, KnownMunicipality[]>();
	for (const m of known) {
		const key = normaliseMunicipalityName(m.name);
		const same = folded.get(key);
		if (same) same.push(m);
		else folded.set(key, [m]);
	}
	return { exact, folded };
}

function ambiguous(candidates: KnownMunicipality[]): MunicipalityMatch {
	return {
		ok: false,
		issue: issueOf("ambiguous-municipality-name", {
			candidates: candidates.map((m) => `${m.name} ${m.code}`),
		}),
	};
}
