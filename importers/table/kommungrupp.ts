import {
	isKommungruppCode,
	KOMMUNGRUPPER,
	type KommungruppCode,
} from "../../domain/kommungrupper.ts";

/** Other names files use for a group: SKR's data files call C7 "…nära mindre tätort". */
const OTHER_NAMES: Record<string, KommungruppCode> = {
	"pendlingskommun nara mindre tatort": "C7",
	"pendlingskommun nara mindre stad": "C7",
	storstad: "A1",
	"mindre stad": "C6",
	"mindre tatort": "C6",
};

function labelKey(text: string): string {
	return text
		.normalize("NFD")
		.replace(/[\u0300-\u036f]/g, "")
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, " ")
		.trim();
}

const CODE_BY_LABEL = new Map<string, KommungruppCode>([
	...Object.entries(OTHER_NAMES),
	...(Object.entries(KOMMUNGRUPPER) as [KommungruppCode, string][]).map(
		([code, label]): [string, KommungruppCode] => [labelKey(label), code],
	),
]);

/**
 * The group's code ("A2") from "A2", "A2. Pendlingskommun nära storstad" or the name alone, so
 * one group is stored one way; null when the text names none of SKR's nine 2023 groups.
 */
export function normaliseKommungrupp(cell: string): KommungruppCode | null {
	const text = cell.trim();
	const code = /\b([ABC][1-9])\b/i.exec(text)?.[1]?.toUpperCase();
	if (code && isKommungruppCode(code)) return code;
	return CODE_BY_LABEL.get(labelKey(text)) ?? null;
}

export const KOMMUNGRUPP_CODES = Object.keys(KOMMUNGRUPPER);
