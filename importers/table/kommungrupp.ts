import { isKommungruppCode, KOMMUNGRUPPER } from "../domain/kommungrupper.ts";

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
	if (code && isKommungruppCode(code)) return code;
	return CODE_BY_LABEL.get(labelKey(text)) ?? text;
}
