/** "Nyföretagsamhet" → "nyforetagsamhet", "Antal per 1 000 inv." → "antal-per-1-000-inv". */
export function slugify(text: string): string {
	return text
		.normalize("NFD")
		.replace(/[\u0300-\u036f]/g, "")
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, "-")
		.replace(/^-+|-+$/g, "");
}

/** Factor id of a statistics series: the factor's slug, then "--" and the sub-series' slug when there is one. */
export function statisticFactorId(factor: string, series: string): string {
	const seriesSlug = slugify(series);
	return seriesSlug === ""
		? slugify(factor)
		: `${slugify(factor)}--${seriesSlug}`;
}

/** Lower-case letters and digits joined by one or two hyphens, e.g. "service" or "nyforetagsamhet--antal". */
export const FACTOR_ID_PATTERN = /^[a-z0-9]+(?:-{1,2}[a-z0-9]+)*$/;
