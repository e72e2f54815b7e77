import {
	type IssueDetail,
	issueOf,
	type MissingMarker,
} from "../../domain/importIssues.ts";

/** A checked value, or the issue that refuses it. */
export type Checked<T> =
	| { ok: true; value: T }
	| { ok: false; issue: IssueDetail };

/**
 * Cells that mean "no value" in Swedish statistics files: empty, a dash (Excel's "–" is byte
 * 0x96 in Windows-1252), "*" (too few answers to publish), ".." (suppressed or not available).
 */
const MISSING = new Map<string, MissingMarker>([
	["", "empty"],
	["–", "dash"],
	["—", "dash"],
	["-", "dash"],
	["−", "dash"],
	["*", "star"],
	["**", "star"],
	["..", "dots"],
	["…", "ellipsis"],
	["...", "ellipsis"],
	[".", "dot"],
]);

export function missingMarkerOf(cell: string): MissingMarker | undefined {
	return MISSING.get(cell.trim());
}

export function isMissingCell(cell: string): boolean {
	return MISSING.has(cell.trim());
}

/** A number, null for a missing marker (which it names), or a reason. */
export type ParsedNumber =
	| { ok: true; value: number; missing?: undefined }
	| { ok: true; value: null; missing: MissingMarker }
	| { ok: false; issue: IssueDetail };

/** Beyond 15 digits a number may not survive as a double: the general path decides. */
const MAX_PLAIN_DIGITS = 15;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const NOT_A_NUMBER = issueOf("not-a-number", {});

/**
 * Reads "3,83", "75.0", "1 234,5" and "1.234,5" (space, no-break space or point as thousands
 * separator when a decimal comma follows), "−2" and the missing markers. Numbers typed as text in
 * a spreadsheet come through here too. Returns an issue instead of NaN so the caller can report the cell.
 */
export function parseSwedishNumber(cell: string): ParsedNumber {
	// Most cells are plain integers (years, ranks, codes): skip the regular expressions.
	const integer = plainIntegerOf(cell);
	if (integer !== undefined) return { ok: true, value: integer };
	const missing = missingMarkerOf(cell);
	if (missing) return { ok: true, value: null, missing };
	let compact = cell
		.trim()
		.replace(/[\s\u00a0\u202f']/g, "")
		.replace(/^[\u2212\u2013]/, "-")
		// "54,2 %": a share written with its unit; the number is the percentage.
		.replace(/(\d)%$/, "$1");
	const comma = compact.lastIndexOf(",");
	const point = compact.lastIndexOf(".");
	if (comma >= 0 && point >= 0)
		compact =
			comma > point
				? compact.replace(/\./g, "").replace(",", ".")
				: compact.replace(/,/g, "");
	else if (comma >= 0) compact = compact.replace(",", ".");
	if (!DECIMAL.test(compact)) return { ok: false, issue: NOT_A_NUMBER };
	return { ok: true, value: Number(compact) };
}

/** The value of "-12" or "2023" (digits only, at most 15, an optional minus), else undefined. */
export function plainIntegerOf(cell: string): number | undefined {
	const negative = cell.charCodeAt(0) === 45;
	const first = negative ? 1 : 0;
	const digits = cell.length - first;
	if (digits < 1 || digits > MAX_PLAIN_DIGITS) return undefined;
	let value = 0;
	for (let i = first; i < cell.length; i++) {
		const digit = cell.charCodeAt(i) - 48;
		if (digit < 0 || digit > 9) return undefined;
		value = value * 10 + digit;
	}
	return negative ? -value : value;
}

/** A whole number from min to max (max null: no upper bound), or null when missing. */
export function parseWholeNumber(
	cell: string,
	min: number,
	max: number | null,
): ParsedNumber {
	const parsed = parseSwedishNumber(cell);
	if (!parsed.ok || parsed.value === null) {
		if (parsed.ok) return parsed;
		return { ok: false, issue: issueOf("not-a-whole-number", { min, max }) };
	}
	const { value } = parsed;
	if (!Number.isInteger(value) || value < min || (max !== null && value > max))
		return { ok: false, issue: issueOf("not-a-whole-number", { min, max }) };
	return parsed;
}

/** A number from min to max, or null when missing. */
export function parseNumberBetween(
	cell: string,
	min: number,
	max: number,
): ParsedNumber {
	const parsed = parseSwedishNumber(cell);
	if (!parsed.ok) return parsed;
	if (parsed.value !== null && (parsed.value < min || parsed.value > max))
		return { ok: false, issue: issueOf("number-out-of-range", { min, max }) };
	return parsed;
}

/** "54 %", "54,2%" or "54": a percentage 0–100, or null when missing. */
export function parsePercent(cell: string): ParsedNumber {
	return parseNumberBetween(cell.replace(/\s*%\s*$/, ""), 0, 100);
}
