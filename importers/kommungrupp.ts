/** SKR's kommungrupper (2017 division): code and label. */
const KOMMUNGRUPPER: Record<string, string> = {
	A1: "Storstäder",
	A2: "Pendlingskommun nära storstad",
	B3: "Större stad",
	B4: "Pendlingskommun nära större stad",
	B5: "Lågpendlingskommun nära större stad",
	C6: "Mindre stad/tätort",
	C7: "Pendlingskommun nära mindre stad/tätort",
	C8: "Landsbygdskommun",
	C9: "Landsbygdskommun med besöksnäring",
};

function labelKey(text: string): string {
	return text
		.normalize("NFC")
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, " ")
		.trim();
}

const CODE_BY_LABEL = new Map(
	Object.entries(KOMMUNGRUPPER).map(([code, label]) => [labelKey(label), code]),
);

/**
 * The group's code ("A2") from "A2", "A2. Pendlingskommun nära storstad" or the label alone, so
 * one group is stored one way. Text that names no known group is kept as written.
 */
export function normaliseKommungrupp(cell: string): string {
	const text = cell.trim();
	const code = /\b([ABC][1-9])\b/i.exec(text)?.[1]?.toUpperCase();
	if (code && code in KOMMUNGRUPPER) return code;
	return CODE_BY_LABEL.get(labelKey(text)) ?? text;
}
