import { queryOptions, useQuery } from "@tanstack/react-query";
import type { MunicipalityList } from "../../server/schemas/municipalities.ts";
import type { Ranking } from "../../server/schemas/ranking.ts";
import { getJson } from "../api.ts";

export const municipalityKeys = {
	all: ["municipalities"] as const,
	list: () => [...municipalityKeys.all, "list"] as const,
	ranking: (code: string) =>
		[...municipalityKeys.all, code, "ranking"] as const,
};

export const municipalityListOptions = () =>
	queryOptions({
		queryKey: municipalityKeys.list(),
		queryFn: ({ signal }) =>
			getJson<MunicipalityList>("/api/municipalities", signal),
		staleTime: Number.POSITIVE_INFINITY,
	});

export const rankingOptions = (code: string) =>
	queryOptions({
		queryKey: municipalityKeys.ranking(code),
		queryFn: ({ signal }) =>
			getJson<Ranking>(`/api/municipalities/${code}/ranking`, signal),
	});

export function useMunicipalityListQuery() {
	return useQuery(municipalityListOptions());
}

export function useRankingQuery(code: string | null) {
	return useQuery({ ...rankingOptions(code ?? ""), enabled: code !== null });
}
