export interface KnownMunicipality {
	code: string;
	name: string;
}

export type MunicipalityMatch =
	| { ok: true; code: string }
	| { ok: false; reason: string };

export interface MunicipalityMatcher {
	byCode(code: string): MunicipalityMatch;
	byName(name: string): MunicipalityMatch;
	/** The stored name of a known code, for messages. */
	nameOf(code: string): string | undefined;
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

const AMBIGUOUS = "ambiguous";

export function createMunicipalityMatcher(
	known: KnownMunicipality[],
): MunicipalityMatcher {
	const names = new Map(known.map((m) => [m.code, m.name]));
	// Name keys are built on the first name lookup: files with codes never need them.
	let keys: { exact: Map<string, string>; folded: Map<string, string> } | null =
		null;
	const nameKeys = () => {
		keys ??= buildNameKeys(known);
		return keys;
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
			const code = folded.get(foldAccents(key));
			if (code === AMBIGUOUS) return ambiguous(name, foldAccents(key), known);
			if (code) return { ok: true, code };
		}
		return {
			ok: false,
			reason: `municipality "${name.trim()}" matches none of the 290 municipalities`,
		};
	};
	return {
		byCode(code) {
			const trimmed = code.trim();
			const padded = /^\d{3}$/.test(trimmed) ? `0${trimmed}` : trimmed;
			return names.has(padded)
				? { ok: true, code: padded }
				: {
						ok: false,
						reason: `unknown municipality code "${trimmed}" (expected one of the 290 four-digit codes)`,
					};
		},
		byName(name) {
			const cached = cache.get(name);
			if (cached) return cached;
			const match = lookUp(name);
			cache.set(name, match);
			return match;
		},
		nameOf: (code) => names.get(code),
	};
}

function buildNameKeys(known: KnownMunicipality[]): {
	exact: Map<string, string>;
	folded: Map<string, string>;
} {
	const exact = new Map(known.map((m) => [nameKey(m.name), m.code]));
	const folded = new Map<string, string>();
	for (const m of known) {
		const key = normaliseMunicipalityName(m.name);
		folded.set(key, folded.has(key) ? AMBIGUOUS : m.code);
	}
	return { exact, folded };
}

function ambiguous(
	name: string,
	foldedKey: string,
	known: KnownMunicipality[],
): MunicipalityMatch {
	const candidates = known
		.filter((m) => normaliseMunicipalityName(m.name) === foldedKey)
		.map((m) => `${m.name} ${m.code}`)
		.join(", ");
	return {
		ok: false,
		reason: `municipality "${name.trim()}" could be ${candidates}: write å, ä and ö, or use the code`,
	};
}
