import { queryOptions, useQuery } from "@tanstack/react-query";
import type { MunicipalityList } from "../../server/schemas/municipalities.ts";
import type { Ranking } from "../../server/schemas/ranking.ts";
import { apiPath, getJson } from "./http.ts";

/** The two endpoints the shell and several features read: the municipality list and a ranking. */
export const municipalityKeys = {
	all: ["municipalities"] as const,
	list: () => [...municipalityKeys.all, "list"] as const,
	ranking: (
		code: string,
		year: number | null,
		targetYear: number | null,
		from: number | null,
	) =>
		[
			...municipalityKeys.all,
			code,
			"ranking",
			{ year, targetYear, from },
		] as const,
};

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

/**
 * The ranking as of `year` (null: the API's default, the latest complete year): trend, pace,
 * verdict and May signal use only what was known then; later years come along to be drawn.
 */
export const rankingOptions = (
	code: string,
	year: number | null = null,
	targetYear: number | null = null,
	from: number | null = null,
) =>
	queryOptions({
		queryKey: municipalityKeys.ranking(code, year, targetYear, from),
		queryFn: ({ signal }) =>
			getJson<Ranking>(
				apiPath(`/api/municipalities/${code}/ranking`, {
					year,
					targetYear,
					from,
				}),
				signal,
			),
	});

export function useMunicipalityListQuery() {
	return useQuery(municipalityListOptions());
}

/** The chosen municipality's entry in the list, once the list is loaded. */
export function useMunicipality(code: string) {
	const list = useMunicipalityListQuery();
	return list.data?.municipalities.find((m) => m.code === code);
}

/**
 * The ranking as of `year` over the history window, widened back to `year` when that is older
 * than the window (the header offers every stored year), so the chosen year's figures are always
 * in the answer. Only then a second request, from that year on. Waits while `enabled` is false
 * (the year is not known yet).
 */
export function useRankingThrough(
	code: string,
	targetYear: number | null,
	from: number | null,
	year: number | null,
	enabled = true,
) {
	const ranking = useQuery({
		...rankingOptions(code, year, targetYear, from),
		enabled,
	});
	const windowFrom = ranking.data?.history.from ?? null;
	const widenTo =
		year !== null && windowFrom !== null && year < windowFrom ? year : null;
	const widened = useQuery({
		...rankingOptions(code, year, targetYear, widenTo),
		enabled: enabled && widenTo !== null,
	});
	return widenTo === null ? ranking : widened;
}
