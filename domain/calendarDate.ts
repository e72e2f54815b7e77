/** A date written YYYY-MM-DD, as the API and the plan's workbook carry them. */
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** true for a real calendar date ("2024-02-29"), false for "2023-02-29", "2024-13-01" or "1 mars". */
export function isCalendarDate(text: string): boolean {
	const match = DATE_PATTERN.exec(text);
	if (!match) return false;
	const [year, month, day] = [match[1], match[2], match[3]].map(Number) as [
		number,
		number,
		number,
	];
	if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The year of a YYYY-MM-DD date. */
export function yearOf(date: string): number {
	return Number(date.slice(0, 4));
}

/**
 * Today's date in Sweden (Europe/Stockholm) as YYYY-MM-DD: a note written at 00:30 on 15 May
 * belongs to 15 May even though it is still 14 May in UTC.
 */
export function swedishDateOf(instant: Date): string {
	return new Intl.DateTimeFormat("sv-SE", {
		timeZone: "Europe/Stockholm",
		year: "numeric",
		month: "2-digit",
		day: "2-digit",
	}).format(instant);
}
