/**
 * SKR's kommungrupper (2023 division), with SKR's own titles: a source's names, shown as written
 * in every language.
 */
export const KOMMUNGRUPPER = {
	A1: "Storstäder",
	A2: "Pendlingskommun nära storstad",
	B3: "Större stad",
	B4: "Pendlingskommun nära större stad",
	B5: "Lågpendlingskommun nära större stad",
	C6: "Mindre stad/tätort",
	C7: "Pendlingskommun nära mindre stad/tätort",
	C8: "Landsbygdskommun",
	C9: "Landsbygdskommun med besöksnäring",
} as const;
export type KommungruppCode = keyof typeof KOMMUNGRUPPER;

export function isKommungruppCode(code: string): code is KommungruppCode {
	return Object.hasOwn(KOMMUNGRUPPER, code);
}
