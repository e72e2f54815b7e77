/** Cells that mean "no value" in Swedish statistics files. */
const MISSING = new Set(["", "–", "—", "-", "..", "."]);

export function isMissingCell(cell: string): boolean {
	return MISSING.has(cell.trim());
}

const PLAIN_INTEGER = /^-?\d{1,15}$/;

export type ParsedNumber =
	| { ok: true; value: number | null }
	| { ok: false; reason: string };

/**
 * Reads "3,83", "1 234,5" (space or no-break space as thousands separator), "75.0" and the
 * missing markers. Returns a reason instead of NaN so the caller can report the cell.
 */
export function parseSwedishNumber(cell: string): ParsedNumber {
	// Most cells are plain integers (years, ranks, codes): skip the regular expressions.
	if (PLAIN_INTEGER.test(cell)) return { ok: true, value: Number(cell) };
	if (isMissingCell(cell)) return { ok: true, value: null };
	const compact = cell
		.trim()
		.replace(/[\s\u00a0\u202f]/g, "")
		.replace(/^\u2212/, "-");
	const normalised =
		compact.includes(",") && !compact.includes(".")
			? compact.replace(",", ".")
			: compact;
	if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(normalised)) {
		return { ok: false, reason: `"${cell.trim()}" is not a number` };
	}
	return { ok: true, value: Number(normalised) };
}

export type ParsedInteger =
	| { ok: true; value: number | null }
	| { ok: false; reason: string };

export function parseInteger(cell: string): ParsedInteger {
	const parsed = parseSwedishNumber(cell);
	if (!parsed.ok || parsed.value === null) return parsed;
	if (!Number.isInteger(parsed.value))
		return { ok: false, reason: `"${cell.trim()}" is not a whole number` };
	return parsed;
}
