const LOCALE = "sv-SE";

const decimalFormats = new Map<number, Intl.NumberFormat>();

/** sv-SE number with a decimal comma, e.g. 3,83; "–" for a missing value. */
export function formatNumber(
	value: number | null | undefined,
	fractionDigits = 0,
): string {
	if (value === null || value === undefined || !Number.isFinite(value))
		return "–";
	let format = decimalFormats.get(fractionDigits);
	if (!format) {
		format = new Intl.NumberFormat(LOCALE, {
			minimumFractionDigits: fractionDigits,
			maximumFractionDigits: fractionDigits,
		});
		decimalFormats.set(fractionDigits, format);
	}
	// Intl uses U+2212 for minus in sv-SE; a hyphen-minus reads the same and copies cleanly.
	return format.format(value).replace("\u2212", "-");
}

/** Swedish ordinal: 1:a, 2:a, 3:e … 11:e, 12:e … 21:a, 22:a. */
export function formatRank(rank: number | null | undefined): string {
	if (rank === null || rank === undefined) return "–";
	const lastDigit = rank % 10;
	const isTeen = Math.floor(rank / 10) % 10 === 1;
	return `${rank}:${(lastDigit === 1 || lastDigit === 2) && !isTeen ? "a" : "e"}`;
}
