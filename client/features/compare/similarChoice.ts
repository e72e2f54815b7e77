import type {
	Indicator,
	SimilarReport,
} from "../../../server/schemas/similar.ts";
import { PARAM, type SearchPatch, trimNumber } from "../../state/urlState.ts";

/**
 * The similar-municipalities choice as the URL keeps it, mirroring the API's parameters:
 * indikatorer=kommungrupp,nki:bygglov  vikter=1,2  antal=7. Nothing in the URL means the API's
 * default (kommungrupp and the year's statistics, weight 1 each, the 7 closest).
 */
export interface SimilarChoice {
	/** Indicator ids with their weights; null for the API's default. */
	indicators: { id: string; weight: number }[] | null;
	/** How many to list; null for the API's default (7). */
	count: number | null;
}

export const MAX_SIMILAR = 20;
export const DEFAULT_SIMILAR = 7;
export const MAX_WEIGHT = 10;
const MAX_INDICATORS = 40;
const INDICATOR_ID = /^[a-z0-9:-]{1,60}$/;
const WEIGHT = /^\d+(\.\d+)?$/;

export function parseSimilarChoice(params: URLSearchParams): SimilarChoice {
	const ids = [
		...new Set(
			(params.get(PARAM.indicators) ?? "")
				.split(",")
				.filter((id) => INDICATOR_ID.test(id)),
		),
	].slice(0, MAX_INDICATORS);
	const weightTexts = (params.get(PARAM.weights) ?? "").split(",");
	const weights =
		weightTexts.length === ids.length &&
		weightTexts.every((w) => WEIGHT.test(w))
			? weightTexts.map((w) => Math.min(Number(w), MAX_WEIGHT))
			: ids.map(() => 1);
	const countText = params.get(PARAM.count) ?? "";
	const count = /^\d{1,2}$/.test(countText) ? Number(countText) : null;
	return {
		indicators:
			ids.length > 0
				? ids.map((id, i) => ({ id, weight: weights[i] ?? 1 }))
				: null,
		count: count !== null && count >= 1 && count <= MAX_SIMILAR ? count : null,
	};
}

/** The URL patch for a choice; the default count and weights of 1 leave their parameters out. */
export function serialiseSimilarChoice(choice: SimilarChoice): SearchPatch {
	const chosen = (choice.indicators ?? []).filter(
		(i) => INDICATOR_ID.test(i.id) && Number.isFinite(i.weight) && i.weight > 0,
	);
	const allOne = chosen.every((i) => i.weight === 1);
	return {
		[PARAM.indicators]:
			chosen.length > 0 ? chosen.map((i) => i.id).join(",") : null,
		[PARAM.weights]:
			chosen.length > 0 && !allOne
				? chosen
						.map((i) => trimNumber(Math.min(i.weight, MAX_WEIGHT)))
						.join(",")
				: null,
		[PARAM.count]:
			choice.count === null || choice.count === DEFAULT_SIMILAR
				? null
				: String(choice.count),
	};
}

/** The API's query parameters for a choice. */
export function similarParams(
	choice: SimilarChoice,
): Record<string, string | number | null> {
	return {
		indicators: choice.indicators?.map((i) => i.id).join(",") ?? null,
		weights:
			choice.indicators?.map((i) => trimNumber(i.weight)).join(",") ?? null,
		count: choice.count,
	};
}

/** What the form starts from: the indicators the answer used, each with its weight. */
export function draftFrom(report: SimilarReport): Map<string, number> {
	return new Map(report.indicators.map((i: Indicator) => [i.id, i.weight]));
}

/** The peer list for Jämför: the municipality first, then the similar ones, closest first. */
export function similarPeerCodes(report: SimilarReport): string[] {
	return [report.municipality.code, ...report.similar.map((s) => s.code)];
}

/** True when a peer list is exactly the municipality and its similar ones (in any order). */
export function isSimilarPeerList(
	codes: readonly string[],
	report: SimilarReport | undefined,
): boolean {
	if (!report) return false;
	const similar = similarPeerCodes(report);
	return (
		codes.length === similar.length && similar.every((c) => codes.includes(c))
	);
}
