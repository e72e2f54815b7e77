import { queryOptions, useQuery } from "@tanstack/react-query";
import type { GapReport } from "../../server/schemas/gap.ts";
import type { InsiktReport } from "../../server/schemas/insikt.ts";
import type { MunicipalityList } from "../../server/schemas/municipalities.ts";
import type { Ranking } from "../../server/schemas/ranking.ts";
import { getJson } from "./http.ts";

export const municipalityKeys = {
	all: ["municipalities"] as const,
	list: () => [...municipalityKeys.all, "list"] as const,
	ranking: (code: string, targetYear: number | null, from: number | null) =>
		[...municipalityKeys.all, code, "ranking", { targetYear, from }] as const,
	gap: (code: string, year: number | null) =>
		[...municipalityKeys.all, code, "gap", { year }] as const,
	insikt: (code: string, year: number | null, from: number | null) =>
		[...municipalityKeys.all, code, "insikt", { year, from }] as const,
};

/** The path with the parameters that are set; always in the same order, so equal asks share the API's cache. */
function withQuery(
	path: string,
	params: Record<string, number | null>,
): string {
	const search = new URLSearchParams();
	for (const [name, value] of Object.entries(params))
		if (value !== null) search.set(name, String(value));
	const text = search.toString();
	return text ? `${path}?${text}` : path;
}

export interface HistoryOptions {
	/** First year of history (`from`); null for the API's default, the latest 15. */
	from?: number | null;
	enabled?: boolean;
}

export const municipalityListOptions = () =>
	queryOptions({
		queryKey: municipalityKeys.list(),
		queryFn: ({ signal }) =>
			getJson<MunicipalityList>("/api/municipalities", signal),
		staleTime: Number.POSITIVE_INFINITY,
	});

export const rankingOptions = (
	code: string,
	targetYear: number | null = null,
	from: number | null = null,
) =>
	queryOptions({
		queryKey: municipalityKeys.ranking(code, targetYear, from),
		queryFn: ({ signal }) =>
			getJson<Ranking>(
				withQuery(`/api/municipalities/${code}/ranking`, { targetYear, from }),
				signal,
			),
	});

export const gapOptions = (code: string, year: number | null) =>
	queryOptions({
		queryKey: municipalityKeys.gap(code, year),
		queryFn: ({ signal }) =>
			getJson<GapReport>(
				withQuery(`/api/municipalities/${code}/gap`, { year }),
				signal,
			),
	});

export const insiktOptions = (
	code: string,
	year: number | null,
	from: number | null = null,
) =>
	queryOptions({
		queryKey: municipalityKeys.insikt(code, year, from),
		queryFn: ({ signal }) =>
			getJson<InsiktReport>(
				withQuery(`/api/municipalities/${code}/insikt`, { year, from }),
				signal,
			),
	});

export function useMunicipalityListQuery() {
	return useQuery(municipalityListOptions());
}

export function useRankingQuery(
	code: string | null,
	targetYear: number | null = null,
	from: number | null = null,
) {
	return useQuery({
		...rankingOptions(code ?? "", targetYear, from),
		enabled: code !== null,
	});
}

/**
 * The ranking over the history window, widened back to `year` when that is older than the window
 * (the header offers every stored year), so the chosen year's figures are always in the answer.
 * Only then a second request, from that year on.
 */
export function useRankingThrough(
	code: string,
	targetYear: number | null,
	from: number | null,
	year: number | null,
) {
	const ranking = useRankingQuery(code, targetYear, from);
	const windowFrom = ranking.data?.history.from ?? null;
	const widenTo =
		year !== null && windowFrom !== null && year < windowFrom ? year : null;
	const widened = useQuery({
		...rankingOptions(code, targetYear, widenTo),
		enabled: widenTo !== null,
	});
	return widenTo === null ? ranking : widened;
}

/** The gap report; `enabled` waits until the year is known. */
export function useGapQuery(code: string, year: number | null, enabled = true) {
	return useQuery({ ...gapOptions(code, year), enabled });
}

export function useInsiktQuery(
	code: string,
	year: number | null,
	{ from = null, enabled = true }: HistoryOptions = {},
) {
	return useQuery({ ...insiktOptions(code, year, from), enabled });
}
