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
}

/** Name forms seen in SN and SKR files that normalising alone does not reach. */
const ALIASES: Record<string, string> = {
	"region gotland": "gotland",
	"goteborgs stad": "goteborg",
	falu: "falun",
};

/** "Upplands Bro", "Upplands-Bro", "Falu kommun", "Göteborgs stad" → one comparable key. */
export function normaliseMunicipalityName(name: string): string {
	const base = name
		.normalize("NFD")
		.replace(/[\u0300-\u036f]/g, "")
		.toLowerCase()
		.replace(/[-\u2013\s]+/g, " ")
		.trim();
	const aliased = ALIASES[base] ?? base;
	const stripped = aliased.replace(/ (kommun|stad)$/, "");
	return ALIASES[stripped] ?? stripped;
}

export function createMunicipalityMatcher(
	known: KnownMunicipality[],
): MunicipalityMatcher {
	const codes = new Set(known.map((m) => m.code));
	const byKey = new Map(
		known.map((m) => [normaliseMunicipalityName(m.name), m.code]),
	);
	return {
		byCode(code) {
			const padded = /^\d{3}$/.test(code.trim())
				? `0${code.trim()}`
				: code.trim();
			return codes.has(padded)
				? { ok: true, code: padded }
				: {
						ok: false,
						reason: `unknown municipality code "${code.trim()}" (expected one of the 290 four-digit codes)`,
					};
		},
		byName(name) {
			const code = byKey.get(normaliseMunicipalityName(name));
			return code
				? { ok: true, code }
				: {
						ok: false,
						reason: `municipality "${name.trim()}" matches none of the 290 municipalities`,
					};
		},
	};
}
