import type { DataYears } from "../../server/schemas/years.ts";

/** The meta element the server adds to index.html (server/plugins/spa.ts, YEARS_META_NAME). */
const META_SELECTOR = 'meta[name="topp10-years"]';

const SOURCES = ["ranking", "scores", "insikt"] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isYearList(value: unknown): value is number[] {
	return Array.isArray(value) && value.every(Number.isInteger);
}

function isCoverageList(value: unknown): boolean {
	return (
		Array.isArray(value) &&
		value.every(
			(item) =>
				isRecord(item) &&
				Number.isInteger(item.year) &&
				Number.isInteger(item.municipalities) &&
				typeof item.complete === "boolean",
		)
	);
}

function isPerSource(
	value: unknown,
	isItem: (item: unknown) => boolean,
): boolean {
	return isRecord(value) && SOURCES.every((source) => isItem(value[source]));
}

/** The shape of /api/years' answer (server/schemas/years.ts), checked field by field. */
function isDataYears(value: unknown): value is DataYears {
	return (
		isRecord(value) &&
		isYearList(value.rankingYears) &&
		isYearList(value.scoreYears) &&
		isYearList(value.insiktYears) &&
		isPerSource(value.coverage, isCoverageList) &&
		isPerSource(
			value.latestComplete,
			(year) => year === null || Number.isInteger(year),
		) &&
		(value.lastImportAt === null || typeof value.lastImportAt === "string")
	);
}

/**
 * The years as the server put them into the page (what /api/years answers), or null when the
 * content is missing (the Vite dev server, private mode) or is not that answer's shape: the
 * client then asks /api/years as before.
 */
export function parseEmbeddedYears(
	content: string | null | undefined,
): DataYears | null {
	if (!content) return null;
	try {
		const value: unknown = JSON.parse(content);
		return isDataYears(value) ? value : null;
	} catch {
		return null;
	}
}

/** The years from the page's meta element (the browser has already unescaped the attribute). */
export function readEmbeddedYears(document: Document): DataYears | null {
	return parseEmbeddedYears(
		document.querySelector(META_SELECTOR)?.getAttribute("content"),
	);
}
